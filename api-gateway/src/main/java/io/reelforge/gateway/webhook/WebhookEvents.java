package io.reelforge.gateway.webhook;

import java.util.Collection;

/**
 * The events a webhook endpoint can hear. The final ones ({@code job.succeeded}, {@code job.failed},
 * {@code job.canceled}) always go out; {@code job.progress} only to a job (or tenant default) that asked for it.
 */
public final class WebhookEvents {

    /** The one opt-in event; requests list it as {@link io.reelforge.gateway.api.RequestRules#WEBHOOK_EVENT}. */
    public static final String PROGRESS = "job.progress";

    private WebhookEvents() {
    }

    static boolean wantsProgress(Collection<String> events) {
        return events.contains(PROGRESS);
    }
}

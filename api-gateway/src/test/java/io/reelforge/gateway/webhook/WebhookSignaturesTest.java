package io.reelforge.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signatures, checked by the reference implementation of Standard Webhooks (an independent verifier). */
class WebhookSignaturesTest {

    private static final String BODY = "{\"type\":\"job.succeeded\",\"data\":{\"jobId\":\"j-1\"}}";

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(String.valueOf(timestamp)),
                "webhook-signature", List.of(signature));
    }

    @Test
    void theReferenceLibraryAcceptsOurSignature() throws Exception {
        String secret = WebhookSignatures.newSecret();
        long now = Instant.now().getEpochSecond();

        String signature = WebhookSignatures.header(List.of(secret), "msg_1", now, BODY);

        assertThat(secret).startsWith("whsec_");
        new Webhook(secret).verify(BODY, headers("msg_1", now, signature));
    }

    @Test
    void duringARotationBothSecretsVerify() throws Exception {
        String oldSecret = WebhookSignatures.newSecret();
        String newSecret = WebhookSignatures.newSecret();
        long now = Instant.now().getEpochSecond();

        String signature = WebhookSignatures.header(List.of(newSecret, oldSecret), "msg_2", now, BODY);

        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(newSecret).verify(BODY, headers("msg_2", now, signature));
        new Webhook(oldSecret).verify(BODY, headers("msg_2", now, signature));
    }

    @Test
    void aChangedBodyOrAnotherSecretIsRefused() {
        String secret = WebhookSignatures.newSecret();
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSignatures.header(List.of(secret), "msg_3", now, BODY);

        assertThatThrownBy(() -> new Webhook(secret).verify(BODY.replace("j-1", "j-2"), headers("msg_3", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(WebhookSignatures.newSecret()).verify(BODY, headers("msg_3", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }
}

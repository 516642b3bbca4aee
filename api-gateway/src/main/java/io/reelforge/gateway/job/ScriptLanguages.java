package io.reelforge.gateway.job;

import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.gateway.GatewayProperties;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The languages the script writer writes, so a request for another is refused at submit ({@code 400} naming
 * {@code language} and listing the ones it writes) rather than answered in English, or failed later by the worker
 * ({@code language_unsupported}). The gateway cannot ask the script workers, so it is told:
 * {@code reelforge.gateway.script-languages} lists primary language subtags ({@code en} covers {@code en-GB}),
 * {@code *} accepts any, and {@code auto} (the default) decides as the script worker's own {@code auto} engine
 * does: any language when a language model is configured ({@code OPENAI_API_KEY} set, as in the standalone stack,
 * which runs both in one process), otherwise the offline writer's {@link #OFFLINE_WRITER}.
 */
@Component
public class ScriptLanguages {

    /** The offline (template) writer's languages: it has phrases for these and no others. */
    public static final List<String> OFFLINE_WRITER = List.of("de", "en", "es", "fr");
    static final String ANY = "*";
    static final String AUTO = "auto";

    private static final Logger log = LoggerFactory.getLogger(ScriptLanguages.class);

    /** Null: any language. */
    private final @Nullable Set<String> written;

    ScriptLanguages(GatewayProperties properties, Environment environment) {
        this.written = resolve(properties.scriptLanguages(), environment);
        log.info("accepting scripts in {}", written == null ? "any language" : String.join(", ", written));
    }

    private static @Nullable Set<String> resolve(List<String> configured, Environment environment) {
        if (configured.contains(ANY)) {
            return null;
        }
        if (configured.contains(AUTO)) {
            String key = environment.getProperty("OPENAI_API_KEY");
            return key != null && !key.isBlank() ? null : new TreeSet<>(OFFLINE_WRITER);
        }
        Set<String> languages = new TreeSet<>();
        configured.forEach(language -> languages.add(language.strip().toLowerCase(Locale.ROOT)));
        return languages;
    }

    /** @throws InvalidFieldException when the job will have a script written in a language the writer cannot write */
    public void check(JobKind kind, JobRequest request) {
        if (written == null || !Pipeline.runs(kind, JobStatus.SCRIPTING) || request.script() != null) {
            return; // no script will be written: a scrape, or a render of the client's own script
        }
        String tag = request.options().language();
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (!written.contains(primary)) {
            throw new InvalidFieldException("language", "must be a language the script writer writes: "
                    + String.join(", ", written) + " (with any region, such as en-GB); " + tag + " is not");
        }
    }
}

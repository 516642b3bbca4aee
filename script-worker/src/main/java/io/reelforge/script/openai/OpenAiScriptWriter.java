package io.reelforge.script.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.chat.completions.ChatCompletion.Choice.FinishReason;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionSystemMessageParam;
import com.openai.models.chat.completions.ChatCompletionUserMessageParam;
import com.openai.models.chat.completions.StructuredChatCompletion;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.script.TokenUsage;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.config.ScriptProperties;
import io.reelforge.script.write.ScriptRules;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptValidator;
import io.reelforge.script.write.ScriptWriter;
import io.reelforge.script.write.TokenUsageRecorder;
import io.reelforge.script.write.DurationFit;
import io.reelforge.script.write.WrittenScript;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an OpenAI-compatible chat model for the script through the official client, as structured output: the
 * request carries the strict JSON schema of {@link ScriptDraft}, and the answer is parsed into it and checked by
 * {@link ScriptValidator}. An answer that breaks the rules (or is not the JSON asked for) gets one repair: the
 * model sees its answer and the list of problems, and writes the script again. A second bad answer fails the job.
 */
public class OpenAiScriptWriter implements ScriptWriter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenAiScriptWriter.class);

    /** Room for a long script; a bound on what one request can cost. */
    private static final long MAX_COMPLETION_TOKENS = 2000;

    private final OpenAIClient client;
    private final ScriptProperties.OpenAi settings;
    private final TokenUsageRecorder usage;

    OpenAiScriptWriter(OpenAIClient client, ScriptProperties.OpenAi settings, TokenUsageRecorder usage) {
        this.client = client;
        this.settings = settings;
        this.usage = usage;
    }

    /** The client retries 408, 409, 429, 5xx and network errors itself, with backoff that honours Retry-After. */
    public static OpenAiScriptWriter create(ScriptProperties.OpenAi settings, TokenUsageRecorder usage) {
        if (!settings.hasApiKey()) {
            throw new IllegalArgumentException("the OpenAI script writer needs an API key (OPENAI_API_KEY)");
        }
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .apiKey(settings.apiKey())
                .baseUrl(settings.baseUrl())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .build();
        return new OpenAiScriptWriter(client, settings, usage);
    }

    @Override
    public String engine() {
        return "openai:" + settings.model();
    }

    @Override
    public WrittenScript write(ScriptSubject subject, JobOptions options) {
        ScriptRules rules = ScriptRules.of(subject, options);
        List<ChatCompletionMessageParam> conversation = new ArrayList<>(List.of(
                ChatCompletionMessageParam.ofSystem(ChatCompletionSystemMessageParam.builder()
                        .content(ScriptPrompt.system(rules)).build()),
                user(ScriptPrompt.user(subject, options, rules))));
        TokenUsage spent = TokenUsage.none(settings.model());
        Answer first = ask(conversation, subject, rules);
        spent = spent.plus(first.promptTokens(), first.completionTokens());
        if (first.problems().isEmpty()) {
            return new WrittenScript(fitted(ScriptDrafts.polished(first.script()), rules), spent);
        }
        log.info("the model's script broke {} rule(s); asking once for a repair: {}", first.problems().size(),
                first.problems());
        conversation.add(ChatCompletionMessageParam.ofAssistant(ChatCompletionAssistantMessageParam.builder()
                .content(first.raw().isBlank() ? "(no answer)" : first.raw()).build()));
        conversation.add(user(ScriptPrompt.repair(first.problems())));
        Answer second = ask(conversation, subject, rules);
        spent = spent.plus(second.promptTokens(), second.completionTokens());
        if (second.problems().isEmpty()) {
            return new WrittenScript(fitted(ScriptDrafts.polished(second.script()), rules), spent);
        }
        log.info("the repaired script is still invalid after {} tokens: {}", spent.totalTokens(), second.problems());
        throw OpenAiFailures.stillInvalid(second.problems());
    }

    /** A short script is kept, not repaired: asking again for more words is asking the model to invent. */
    private static VideoScript fitted(VideoScript script, ScriptRules rules) {
        return DurationFit.checked(script, rules, "the language model found no more to say in the product's facts,"
                + " and it is told to write less rather than invent");
    }

    /** One request; failures of the call itself end the script here, problems with the answer are returned. */
    private Answer ask(List<ChatCompletionMessageParam> conversation, ScriptSubject subject, ScriptRules rules) {
        ChatCompletionCreateParams.Builder request = ChatCompletionCreateParams.builder()
                .model(settings.model())
                .maxCompletionTokens(MAX_COMPLETION_TOKENS)
                .messages(conversation);
        if (settings.temperature() != null) {
            request.temperature(settings.temperature());
        }
        StructuredChatCompletion<ScriptDraft> completion;
        try {
            completion = client.chat().completions().create(request.responseFormat(ScriptDraft.class).build());
        } catch (OpenAIInvalidDataException e) {
            return Answer.broken("", 0, 0, "The answer was not a chat completion.");
        } catch (OpenAIException e) {
            throw OpenAiFailures.translate(e);
        }
        long prompt = completion.usage().map(u -> u.promptTokens()).orElse(0L);
        long written = completion.usage().map(u -> u.completionTokens()).orElse(0L);
        usage.record(settings.model(), prompt, written);
        var choice = completion.choices().stream().findFirst().orElse(null);
        if (choice == null) {
            return Answer.broken("", prompt, written, "The answer has no choices.");
        }
        var message = choice.message();
        if (message.refusal().isPresent() || FinishReason.CONTENT_FILTER.equals(choice.finishReason())) {
            throw OpenAiFailures.refused();
        }
        String raw = message.rawMessage().content().orElse("");
        ScriptDraft draft;
        try {
            draft = message.content().orElse(null);
        } catch (OpenAIInvalidDataException e) {
            return Answer.broken(raw, prompt, written, FinishReason.LENGTH.equals(choice.finishReason())
                    ? "The answer was cut off before its end: write a shorter script."
                    : "The answer is not a JSON document of the required schema.");
        }
        if (draft == null) {
            return Answer.broken(raw, prompt, written, "The answer is empty.");
        }
        VideoScript script = ScriptDrafts.asWritten(draft, subject, rules.language());
        return new Answer(raw, script, ScriptValidator.problems(script, rules), prompt, written);
    }

    private static ChatCompletionMessageParam user(String text) {
        return ChatCompletionMessageParam.ofUser(ChatCompletionUserMessageParam.builder().content(text).build());
    }

    @Override
    public void close() {
        client.close();
    }

    /** The model's raw answer, the script read from it (null when none could be), and what is wrong with it. */
    private record Answer(String raw, @Nullable VideoScript script, List<String> problems, long promptTokens,
            long completionTokens) {

        static Answer broken(String raw, long prompt, long completion, String problem) {
            return new Answer(raw, null, List.of(problem), prompt, completion);
        }

        @Override
        public VideoScript script() {
            if (script == null) {
                throw new IllegalStateException("an answer with problems has no usable script");
            }
            return script;
        }
    }
}

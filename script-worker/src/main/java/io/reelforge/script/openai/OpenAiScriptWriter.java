package io.reelforge.script.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.StructuredChatCompletion;
import com.openai.models.chat.completions.StructuredChatCompletionCreateParams;
import com.openai.models.chat.completions.StructuredChatCompletionMessage;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.config.ScriptProperties;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptWriter;

/**
 * Asks an OpenAI-compatible chat model for the script through the official client, as structured output: the
 * request carries the strict JSON schema of {@link ScriptDraft}, and the answer is parsed into it, checked, and
 * turned into a {@link VideoScript}.
 */
public class OpenAiScriptWriter implements ScriptWriter, AutoCloseable {

    /** Room for a long script; a bound on what one request can cost. */
    private static final long MAX_COMPLETION_TOKENS = 2000;

    private final OpenAIClient client;
    private final ScriptProperties.OpenAi settings;

    OpenAiScriptWriter(OpenAIClient client, ScriptProperties.OpenAi settings) {
        this.client = client;
        this.settings = settings;
    }

    public static OpenAiScriptWriter create(ScriptProperties.OpenAi settings) {
        if (!settings.hasApiKey()) {
            throw new IllegalArgumentException("the OpenAI script writer needs an API key (OPENAI_API_KEY)");
        }
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .apiKey(settings.apiKey())
                .baseUrl(settings.baseUrl())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .build();
        return new OpenAiScriptWriter(client, settings);
    }

    @Override
    public String engine() {
        return "openai:" + settings.model();
    }

    @Override
    public VideoScript write(ScriptSubject subject, JobOptions options) {
        String language = ScriptPrompt.language(options);
        ChatCompletionCreateParams.Builder request = ChatCompletionCreateParams.builder()
                .model(settings.model())
                .maxCompletionTokens(MAX_COMPLETION_TOKENS);
        if (settings.temperature() != null) {
            request.temperature(settings.temperature());
        }
        StructuredChatCompletionCreateParams<ScriptDraft> params = request
                .addSystemMessage(ScriptPrompt.system(language, subject.imageCount()))
                .addUserMessage(ScriptPrompt.user(subject, options))
                .responseFormat(ScriptDraft.class)
                .build();
        try {
            StructuredChatCompletion<ScriptDraft> completion = client.chat().completions().create(params);
            StructuredChatCompletionMessage<ScriptDraft> message = completion.choices().stream().findFirst()
                    .orElseThrow(() -> OpenAiFailures.invalidAnswer("the answer has no choices"))
                    .message();
            if (message.refusal().isPresent()) {
                throw OpenAiFailures.invalidAnswer("the model declined to write it");
            }
            ScriptDraft draft = message.content()
                    .orElseThrow(() -> OpenAiFailures.invalidAnswer("the answer is empty"));
            return ScriptDrafts.toScript(draft, subject, language);
        } catch (OpenAIException e) {
            throw OpenAiFailures.translate(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}

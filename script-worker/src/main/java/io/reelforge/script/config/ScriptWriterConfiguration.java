package io.reelforge.script.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.script.openai.OpenAiScriptWriter;
import io.reelforge.script.stage.ScriptProcessor;
import io.reelforge.script.template.TemplateScriptWriter;
import io.reelforge.script.write.ScriptWriter;
import io.reelforge.script.write.TokenUsageRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the script engine once, at start-up, and says which one it chose (never the key). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScriptProperties.class)
public class ScriptWriterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScriptWriterConfiguration.class);

    @Bean
    TokenUsageRecorder tokenUsageRecorder(MeterRegistry meters) {
        return new TokenUsageRecorder(meters);
    }

    @Bean
    ScriptWriter scriptWriter(ScriptProperties properties, TokenUsageRecorder usage) {
        if (properties.usesOpenAi()) {
            var openai = properties.openai();
            log.info("scripts are written by the chat model {} at {}", openai.model(), openai.baseUrl());
            return OpenAiScriptWriter.create(openai, usage);
        }
        log.info("scripts are written offline from templates (engine {}, no OpenAI key in use)",
                properties.engine().name().toLowerCase(java.util.Locale.ROOT));
        return new TemplateScriptWriter();
    }

    @Bean
    ScriptProcessor scriptProcessor(ScriptWriter writer) {
        return new ScriptProcessor(writer);
    }
}

package io.reelforge.standalone.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "make", description = "Submits a product URL to a running gateway, shows progress and downloads the MP4.")
public final class MakeCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the product page URL")
    String url;

    @Option(names = "--gateway", description = "gateway URL (default: the running stack's, else "
            + GatewayClient.DEFAULT_URL + ")")
    String gateway;

    @Option(names = "--data", description = "the running stack's data directory (default ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--api-key", description = "the API key (default: $REELFORGE_API_KEY, else the running stack's"
            + " development key)")
    String apiKey;

    @Option(names = "--out", description = "where to write the MP4 (default out/<job id>.mp4)")
    Path out;

    @Option(names = "--duration", description = "seconds of video (default ${DEFAULT-VALUE})", defaultValue = "30")
    int duration;

    @Mixin
    RenderChoiceOptions options;

    @Option(names = "--timeout", description = "give up after this many seconds (default ${DEFAULT-VALUE})",
            defaultValue = "600")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        GatewayClient client = GatewayClient.forStack(gateway, data, apiKey);
        return VideoRun.make(client, new VideoOrder(url, duration, options.choices()), out,
                Duration.ofSeconds(timeoutSeconds));
    }
}

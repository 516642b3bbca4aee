package io.reelforge.standalone;

import io.reelforge.standalone.cli.BatchCommand;
import io.reelforge.standalone.cli.ChaosCommand;
import io.reelforge.standalone.cli.DemoCommand;
import io.reelforge.standalone.cli.ExtractCommand;
import io.reelforge.standalone.cli.InfraCommand;
import io.reelforge.standalone.cli.KeysCommand;
import io.reelforge.standalone.cli.MakeCommand;
import io.reelforge.standalone.cli.RenderCommand;
import io.reelforge.standalone.cli.UpCommand;
import io.reelforge.standalone.cli.WorkerCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reelforge} command line: run the whole system on one machine, add workers, make videos. */
@Command(name = "reelforge", mixinStandardHelpOptions = true, version = "Reelforge 0.1.0",
        description = "Turns product pages into short narrated video ads.",
        subcommands = {UpCommand.class, WorkerCommand.class, InfraCommand.class, DemoCommand.class, MakeCommand.class,
                BatchCommand.class, RenderCommand.class, ExtractCommand.class, KeysCommand.class, ChaosCommand.class})
public final class ReelforgeCli implements Runnable {

    private static final String PICOCLI_CLOSURES_OFF = "picocli.disable.closures";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Tomcat and others log through java.util.logging: route it into the same configuration
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    /** The command tree, as {@code main} runs it. */
    public static CommandLine commandLine() {
        // picocli looks for Groovy's Closure class (it accepts closures as option values) unless told not to; MaryTTS
        // puts Groovy on the class path, and loading Closure starts Groovy's runtime: about 0.1 s (0.14 s of CPU) of
        // every command, a worker's start included
        if (System.getProperty(PICOCLI_CLOSURES_OFF) == null) {
            System.setProperty(PICOCLI_CLOSURES_OFF, "true");
        }
        return new CommandLine(new ReelforgeCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

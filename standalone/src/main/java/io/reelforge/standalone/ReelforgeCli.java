package io.reelforge.standalone;

import io.reelforge.standalone.cli.BatchCommand;
import io.reelforge.standalone.cli.ChaosCommand;
import io.reelforge.standalone.cli.CommandFactory;
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
        return new CommandLine(new ReelforgeCli(), new CommandFactory());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

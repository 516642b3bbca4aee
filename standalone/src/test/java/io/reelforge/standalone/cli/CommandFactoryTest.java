package io.reelforge.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.standalone.ReelforgeCli;
import io.reelforge.standalone.stack.Service;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandFactoryTest {

    private final CommandFactory factory = new CommandFactory();

    @Test
    void theCommandTreeIsMadeByThisFactoryWithEveryCommandAndItsUsage() {
        CommandLine cli = ReelforgeCli.commandLine();
        assertThat(cli.getFactory()).isInstanceOf(CommandFactory.class);
        assertThat(cli.getSubcommands()).containsKeys("up", "worker", "demo", "make", "batch", "render", "extract",
                "keys", "chaos");
        cli.getSubcommands().forEach((name, command) -> {
            assertThat((Object) command.getCommand()).as(name).isNotNull();
            assertThat(command.getUsageMessage()).as(name).contains("Usage: reelforge " + name);
        });
    }

    @Test
    void theVersionIsPrintedThroughTheWholeTree() {
        StringWriter out = new StringWriter();
        int exit = ReelforgeCli.commandLine().setOut(new PrintWriter(out)).execute("--version");
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Reelforge ");
    }

    @Test
    void aRepeatedOptionCollectsEveryValueInOrder() {
        UpCommand up = new UpCommand();
        new CommandLine(up, factory).parseArgs("--without", "scraper,script", "--without", "media");
        assertThat(up.without).containsExactly("scraper", "script", "media");
        assertThat(up.leftOut()).containsExactlyInAnyOrder(Service.SCRAPER, Service.SCRIPT, Service.MEDIA);
    }

    @Test
    void collectionAndMapTypesGetMutableInstancesThatKeepOrderOrSort() throws Exception {
        assertThat(factory.create(List.class)).isInstanceOf(ArrayList.class);
        assertThat(factory.create(Set.class)).isInstanceOf(LinkedHashSet.class);
        assertThat(factory.create(NavigableSet.class)).isInstanceOf(TreeSet.class);
        assertThat(factory.create(Map.class)).isInstanceOf(LinkedHashMap.class);
    }
}

package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line registers only the subcommand the arguments name (issue 16: picocli builds every
 * registered command's model before parsing), and answers exactly as with all of them otherwise.
 */
class SubcommandRegistrationTest {

    @Test
    void theFirstWordAfterTheRootOptionsNamesTheCommand() {
        assertThat(RootCommand.namedSubcommand(new String[] {"indicators"})).contains(IndicatorsCommand.class);
        assertThat(RootCommand.namedSubcommand(new String[] {"--data-dir", "/tmp/values", "import", "f.csv"}))
                .contains(ImportCommand.class);
        assertThat(RootCommand.namedSubcommand(new String[] {"--data-dir=/tmp/d", "--db-user", "export", "values"}))
                .contains(ValuesCommand.class); // "export" is --db-user's value here
        assertThat(RootCommand.namedSubcommand(new String[] {"workspace", "info"})).contains(WorkspaceCommand.class);
    }

    /** The words skipped before the command are exactly the root's options that take a value. */
    @Test
    void theSkippedOptionsAreTheRootsOptionsWithAValue() {
        List<String> withValue = new CommandLine(new RootCommand()).getCommandSpec().options().stream()
                .filter(o -> o.arity().max() > 0).map(CommandLine.Model.OptionSpec::longestName).toList();
        assertThat(RootCommand.ROOT_VALUE_OPTIONS).containsExactlyInAnyOrderElementsOf(withValue);
    }

    @Test
    void noCommandAnOptionFirstOrAMistypedNameRegistersAllOfThem() {
        assertThat(RootCommand.namedSubcommand(new String[0])).isEmpty();
        assertThat(RootCommand.namedSubcommand(new String[] {"--help"})).isEmpty();
        assertThat(RootCommand.namedSubcommand(new String[] {"--versjon", "indicators"})).isEmpty();
        assertThat(RootCommand.namedSubcommand(new String[] {"indikatorer"})).isEmpty();

        CommandLine all = RootCommand.commandLine(new String[] {"indikatorer"});
        assertThat(all.getSubcommands().keySet()).containsExactly("indicators", "import", "values", "export", "workspace");
        assertThat(all.getSubcommands().get("export").getSubcommands().keySet())
                .containsExactly("chart", "map", "deck", "site", "data");
        assertThat(RootCommand.commandLine(new String[] {"--data-dir", "/tmp/d", "values", "X"}).getSubcommands().keySet())
                .containsExactly("values");
    }

    @Test
    void theUsageListsEveryCommandAndAMistypedOneIsNamedInNorwegian() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int help = RootCommand.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(help).isZero();
        assertThat(out.toString()).contains("indicators", "import", "values", "export", "workspace");

        StringWriter err2 = new StringWriter();
        int wrong = RootCommand.run(new String[] {"indikatorer"}, new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertThat(wrong).isEqualTo(2);
        assertThat(err2.toString()).contains("Feil: ukjent valg eller argument: indikatorer");
    }

    @Test
    void aNamedCommandKeepsTheInheritedRootOptionsAndItsOwnUsage() {
        StringWriter out = new StringWriter();
        int code = RootCommand.run(new String[] {"export", "deck", "--help"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("framdrift export deck", "--data-dir", "--out");
    }
}

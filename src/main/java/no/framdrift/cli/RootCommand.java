package no.framdrift.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.store.DataFolder;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framdrift [--data-dir DIR] COMMAND}: the top-level command and the shared options. */
@Command(name = "framdrift", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        resourceBundle = "no.framdrift.cli.usage", scope = CommandLine.ScopeType.INHERIT,
        description = "Framdrift – arbeidsbenk for de nasjonale e-helseindikatorene.")
public final class RootCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order the usage lists them. Not in the {@code @Command} annotation:
     * picocli builds the model of every registered command by reflection before it parses a word,
     * and for all of them (with {@code export}'s and {@code workspace}'s own subcommands) that took
     * 0.2 s of each command's start (issue 16). {@link #commandLine(String[])} registers only the
     * command the arguments name, or all of them when they name none (usage, a mistyped name).
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(IndicatorsCommand.class, ImportCommand.class,
            ValuesCommand.class, ExportCommand.class, WorkspaceCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT, description = "Datamappe (standard: FRAMDRIFT_DATA_DIR eller brukerens programdatamappe).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = CommandLine.ScopeType.INHERIT, description = "Teamdatabase på PostgreSQL, f.eks. jdbc:postgresql://tjener:5432/framdrift"
            + " (standard: FRAMDRIFT_DB; uten den: datamappen).")
    String db;

    @Option(names = "--db-user", paramLabel = "BRUKER", scope = CommandLine.ScopeType.INHERIT, description = "Brukernavn på databaseserveren (standard: PGUSER, ellers"
            + " innloggingsnavnet). Passordet leses fra PGPASSWORD eller ~/.pgpass, aldri fra kommandolinjen.")
    String dbUser;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Opens the workspace for a subcommand; a new folder gets the catalogue and no data. */
    Workspace openWorkspace() {
        return openWorkspace(Workspace.Start.EMPTY);
    }

    /** Opens the workspace for a subcommand; a new folder or database starts as {@code start} says. */
    Workspace openWorkspace(Workspace.Start start) {
        Workspace ws = location(db, dbUser, dataDir).map(s -> Workspace.connect(s, start))
                .orElseGet(() -> Workspace.open(dataFolder(), start));
        PrintWriter err = spec.commandLine().getErr();
        ws.recoveryNote().ifPresent(n -> err.println("Merk: " + n));
        ws.damagedBatches().forEach(d -> err.println("Advarsel: " + d.describe() + ". Fjern partiet og importer filen på nytt, "
                + "eller gjenopprett fra sikkerhetskopi (framdrift workspace restore FIL --force)."));
        err.flush();
        return ws;
    }

    /** The data folder the options name. */
    Path dataFolder() {
        return DataFolder.resolve(Optional.ofNullable(dataDir));
    }

    /**
     * The team workspace the options name: {@code --db}; else, unless {@code --data-dir} names a
     * folder, {@code FRAMDRIFT_DB}; none means the data folder.
     */
    static Optional<ServerLogin> location(String db, String dbUser, Path dataDir) {
        if (db == null && dataDir != null) {
            return Optional.empty();
        }
        return ServerLogin.resolve(Optional.ofNullable(db), Optional.ofNullable(dbUser));
    }

    /** How a catalogue file ends; the installers associate it with Framdrift (packaging/). */
    public static final String CATALOGUE_FILE_SUFFIX = ".framdrift.json";

    /**
     * True when the arguments name no command: the window opens. A catalogue file on its own
     * (double-clicked in the file manager, which passes its path) opens the window too.
     */
    public static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (ROOT_VALUE_OPTIONS.contains(a)) {
                i++;
            } else if (ROOT_VALUE_OPTIONS.stream().noneMatch(o -> a.startsWith(o + "=")) && !a.startsWith("-D") && !isCatalogueFile(a)) {
                return false;
            }
        }
        return true;
    }

    /** The catalogue file the window was opened with (file association), if any. */
    public static Optional<Path> catalogueFileArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (ROOT_VALUE_OPTIONS.contains(args[i])) {
                i++;
            } else if (isCatalogueFile(args[i])) {
                return Optional.of(Path.of(args[i]));
            }
        }
        return Optional.empty();
    }

    private static boolean isCatalogueFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(java.util.Locale.ROOT).endsWith(CATALOGUE_FILE_SUFFIX);
    }

    /** The root command's options, each with a value: the window takes the same ones. */
    static final java.util.List<String> ROOT_VALUE_OPTIONS = java.util.List.of("--data-dir", "--db", "--db-user");

    /** The value of an option the window takes ({@code --db URL} or {@code --db=URL}), if given. */
    public static Optional<String> windowOption(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The team workspace named by the window's arguments or FRAMDRIFT_DB (unless --data-dir names a folder). */
    public static Optional<ServerLogin> serverOption(String[] args) {
        return location(windowOption(args, "--db").orElse(null), windowOption(args, "--db-user").orElse(null),
                dataDirOption(args).orElse(null));
    }

    /** The data folder named by the arguments (for the window). */
    public static Optional<Path> dataDirOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--data-dir=")) {
                return Optional.of(Path.of(args[i].substring("--data-dir=".length())));
            }
        }
        return Optional.empty();
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs a command line; a failure prints one line on stderr and gives a non-zero exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args1) -> {
            err.println("Feil: " + parameterProblem(ex));
            err.println("Se «framdrift " + commandPath(ex.getCommandLine()) + "--help» for hva kommandoen tar imot.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof StoreException se) {
                err.println("Feil: " + se.getMessage());
                return se.reason() == StoreException.Reason.ALREADY_OPEN ? 3 : 2;
            }
            if (ex instanceof UserError ue) {
                err.println("Feil: " + ue.getMessage());
                return ue.exitCode();
            }
            // unexpected: say so in Norwegian, keep the technical name for a bug report
            err.println("Feil: noe gikk galt (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")");
            return 1;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("Feil: for lite minne til denne jobben. Velg et mindre utsnitt, eller start Java med mer minne (-Xmx).");
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for these arguments: the root command with the one subcommand they name (the
     * first word that is not a root option or its value), or with all of them when they name none.
     * Parsing, inherited options, texts and exit codes are the same either way.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new RootCommand());
        Optional<Class<?>> named = namedSubcommand(args);
        if (named.isPresent()) {
            cl.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.forEach(cl::addSubcommand);
        }
        return cl;
    }

    /** The subcommand the first word after the root options names, if it names one. */
    static Optional<Class<?>> namedSubcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (ROOT_VALUE_OPTIONS.contains(a)) {
                i++; // the option's value
            } else if (!a.startsWith("-")) {
                return SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(a)).findFirst();
            } else if (ROOT_VALUE_OPTIONS.stream().noneMatch(o -> a.startsWith(o + "="))) {
                return Optional.empty(); // --help, --version or an unknown option: picocli answers with every command known
            }
        }
        return Optional.empty();
    }

    /** A mistake on the command line, in Norwegian (picocli's own texts are English). */
    static String parameterProblem(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "ukjent valg eller argument: " + String.join(" ", u.getUnmatched());
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "mangler verdi for " + m.getMissing().stream().map(a -> a.isOption()
                    ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String name = ex.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName()
                    : ex.getArgSpec().paramLabel();
            return "ugyldig verdi «" + ex.getValue() + "» for " + name;
        }
        return "kommandolinjen kan ikke tolkes (" + ex.getMessage() + ")";
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder b = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            b.insert(0, c.getCommandName() + " ");
        }
        return b.toString();
    }

    /** Version from the jar manifest, or "utvikling" when run from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Framdrift " + (v == null ? "utvikling" : v)};
        }
    }
}

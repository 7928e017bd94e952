package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.app.team.TeamService;
import no.framdrift.domain.Indicator;
import no.framdrift.store.PostgresTestServer;
import no.framdrift.store.ServerLogin;
import no.framdrift.store.TeamRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The team workspace in the window, headless (Monocle): "Fil → Koble til teamdatabase…" (what
 * "husk" stores, the Norwegian message for a server that cannot be reached or a wrong password),
 * the dialog when someone else saved the indicator meanwhile ("Behold deres", "Overskriv med
 * mine", "Avbryt"), menu items a team role does not allow, and another client's change arriving
 * in an open window (LISTEN/NOTIFY). The tests that need PostgreSQL are skipped without
 * FRAMDRIFT_TEST_PG_URL (see {@link PostgresTestServer}); CI starts a server.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorkspaceUiTest {

    @TempDir
    static Path folder;
    private static int run;

    private Stage stage;
    private Workspace workspace;
    private final List<AutoCloseable> others = new ArrayList<>();
    private final List<ServerLogin> databases = new ArrayList<>();
    private final AtomicReference<Workspace> switched = new AtomicReference<>();
    private final Preferences node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            // a dialog a failed assertion left open
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            stage.close();
            stage.setOnHiding(null);
            stage.setOnCloseRequest(null);
        });
        if (workspace != null) {
            workspace.close();
        }
        if (switched.get() != null) {
            switched.get().close();
        }
        for (AutoCloseable c : others) {
            c.close();
        }
        databases.forEach(PostgresTestServer::drop);
        node.removeNode();
    }

    /** Shows the window on the workspace, wired to switch workspaces the way the app does. */
    private void show(FxRobot robot, Workspace ws) {
        workspace = ws;
        robot.interact(() -> {
            FramdriftWindow window = new FramdriftWindow(stage, ws, new UiPreferences(node), BackgroundTasks.sameThread());
            window.setOnSwitchWorkspace(to -> FramdriftApp.openInBackground(stage,
                    Messages.of(Language.NORWEGIAN_BOKMAL), () -> to instanceof OtherWorkspace.Team team
                            ? Workspace.connect(team.login()) : Workspace.open(((OtherWorkspace.Folder) to).folder()),
                    switched::set));
            window.show();
        });
    }

    private Path newFolder() {
        return folder.resolve("data-" + (run++));
    }

    // ---- Fil → Koble til teamdatabase… ----------------------------------------------------------

    @Test
    void husketKeepsOnlyTheAddressAndTheUserAndAnUnreachableServerSaysSoInNorwegian(FxRobot robot) throws Exception {
        Path data = newFolder();
        show(robot, Workspace.open(data, Workspace.Start.EMPTY));
        int port = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/framdrift";

        DialogPane connect = openConnectDialog(robot);
        robot.interact(() -> {
            field(connect, "#connect-url").setText(url);
            field(connect, "#connect-user").setText("ola_ui");
            ((PasswordField) connect.lookup("#connect-password")).setText("hemmelig-passord-123");
            ((CheckBox) connect.lookup("#connect-remember")).setSelected(true);
        });
        press(robot, connect, "Koble til");

        DialogPane failed = dialog(d -> "Kunne ikke koble til".equals(d.getHeaderText()));
        assertThat(failed.getContentText()).isEqualTo("Får ikke kontakt med databaseserveren 127.0.0.1:" + port
                + "/framdrift. Sjekk adressen og nettverket, og at serveren kjører.");
        closeAlert(robot, failed);

        // "husk": the address and the user, never the password
        assertThat(node.get("team.url", null)).isEqualTo(url);
        assertThat(node.get("team.user", null)).isEqualTo("ola_ui");
        for (String key : node.keys()) {
            assertThat(key.toLowerCase(Locale.ROOT)).doesNotContain("pass");
            assertThat(node.get(key, "")).as(key).doesNotContain("hemmelig");
        }
        // nothing was opened: the window is still on its folder
        assertThat(switched.get()).isNull();
        assertThat(stage.getTitle()).isEqualTo("Framdrift – " + data.getFileName());

        // the next time the address and the user are filled in, the password is not
        DialogPane again = openConnectDialog(robot);
        assertThat(field(again, "#connect-url").getText()).isEqualTo(url);
        assertThat(field(again, "#connect-user").getText()).isEqualTo("ola_ui");
        assertThat(((PasswordField) again.lookup("#connect-password")).getText()).isEmpty();
        assertThat(((CheckBox) again.lookup("#connect-remember")).isSelected()).isTrue();
        // without "husk" they are forgotten
        robot.interact(() -> ((CheckBox) again.lookup("#connect-remember")).setSelected(false));
        press(robot, again, "Koble til");
        closeAlert(robot, dialog(d -> "Kunne ikke koble til".equals(d.getHeaderText())));
        assertThat(node.get("team.url", null)).isNull();
        assertThat(node.get("team.user", null)).isNull();
    }

    @Test
    void aWrongPasswordSaysSoAndTheRightOneOpensTheTeamWorkspace(FxRobot robot) throws Exception {
        PostgresTestServer.assumeAvailable();
        ServerLogin server = fresh();
        try (Workspace ws = Workspace.connect(server, Workspace.Start.EMPTY)) {
            assertThat(ws.catalogue().load().indicators()).isNotEmpty();
        }
        show(robot, Workspace.open(newFolder(), Workspace.Start.EMPTY));

        DialogPane connect = openConnectDialog(robot);
        robot.interact(() -> {
            field(connect, "#connect-url").setText(server.url());
            field(connect, "#connect-user").setText(server.user());
            ((PasswordField) connect.lookup("#connect-password")).setText("ikke-passordet");
        });
        press(robot, connect, "Koble til");
        DialogPane failed = dialog(d -> "Kunne ikke koble til".equals(d.getHeaderText()));
        assertThat(failed.getContentText()).startsWith("Feil passord for brukeren " + server.user() + " på teamdatabasen ");
        closeAlert(robot, failed);
        assertThat(switched.get()).isNull();

        DialogPane right = openConnectDialog(robot);
        robot.interact(() -> {
            field(right, "#connect-url").setText(server.url());
            field(right, "#connect-user").setText(server.user());
            ((PasswordField) right.lookup("#connect-password")).setText(server.password());
        });
        press(robot, right, "Koble til");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> switched.get() != null);
        assertThat(switched.get().localFolder()).isEmpty();
        assertThat(switched.get().describe()).startsWith(server.user() + "@127.0.0.1:");
    }

    // ---- someone else saved the indicator meanwhile ---------------------------------------------

    @Test
    void beholdDeresKeepsTheirTextAndShowsIt(FxRobot robot) throws Exception {
        DialogPane conflict = editWhileSomeoneElseSaves(robot);
        press(robot, conflict, "Behold deres");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.catalogue().load().indicator("PLL").orElseThrow().measures()).isEqualTo("Deres tekst");
        assertThat(robot.lookup("#field-measures").queryAs(TextArea.class).getText()).isEqualTo("Deres tekst");
        assertThat(robot.lookup("#unsaved-marker").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void overskrivMedMineSavesMyTextOverTheirs(FxRobot robot) throws Exception {
        DialogPane conflict = editWhileSomeoneElseSaves(robot);
        press(robot, conflict, "Overskriv med mine");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.catalogue().load().indicator("PLL").orElseThrow().measures()).isEqualTo("Min tekst");
        // the history has both: their save, then mine over it
        assertThat(workspace.catalogue().history("PLL")).filteredOn(c -> c.field().equals("measures"))
                .extracting(no.framdrift.domain.IndicatorChange::newValue).startsWith("Min tekst", "Deres tekst");
        assertThat(robot.lookup("#unsaved-marker").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void avbrytSavesNothingAndKeepsMyEdit(FxRobot robot) throws Exception {
        DialogPane conflict = editWhileSomeoneElseSaves(robot);
        press(robot, conflict, "Avbryt");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.catalogue().load().indicator("PLL").orElseThrow().measures()).isEqualTo("Deres tekst");
        assertThat(robot.lookup("#field-measures").queryAs(TextArea.class).getText()).isEqualTo("Min tekst");
        assertThat(robot.lookup("#unsaved-marker").queryAs(Label.class).isVisible()).isTrue();
    }

    /**
     * PLL open with my edit of "Hva måler indikatoren?", someone else saves another text, I save:
     * the dialog shows the field, their value and mine.
     */
    private DialogPane editWhileSomeoneElseSaves(FxRobot robot) throws Exception {
        show(robot, Workspace.open(newFolder(), Workspace.Start.EMPTY));
        robot.interact(() -> ((MainWindow) stage.getScene().getRoot()).select("PLL"));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea measures = robot.lookup("#field-measures").queryAs(TextArea.class);
        robot.interact(() -> measures.setText("Min tekst"));
        // another steward (another client: here the same service, as a second connection would) saves first
        Indicator pll = workspace.catalogue().load().indicator("PLL").orElseThrow();
        assertThat(workspace.catalogue().save(withMeasures(pll, "Deres tekst"), "PLL").saved()).isTrue();

        Button save = robot.lookup("#save").queryAs(Button.class);
        Platform.runLater(save::fire); // the dialog waits for an answer: not inside interact
        DialogPane conflict = dialog(d -> d.getHeaderText() != null && d.getHeaderText().contains("mens du redigerte"));
        assertThat(conflict.getHeaderText()).startsWith(System.getProperty("user.name") + " lagret ");
        assertThat(conflict.getContentText()).isEqualTo("Hva måler indikatoren?: deres «Deres tekst», din «Min tekst»");
        assertThat(conflict.getButtonTypes()).extracting(ButtonType::getText)
                .containsExactlyInAnyOrder("Behold deres", "Overskriv med mine", "Avbryt");
        return conflict;
    }

    private static Indicator withMeasures(Indicator i, String measures) {
        return new Indicator(i.code(), i.goal(), i.parent(), i.name(), measures, i.about(), i.sources(), i.status(),
                i.frequency(), i.kind(), i.unit(), i.decimals(), i.higherIsBetter(), i.valueLabel(), i.timeAggregation(),
                i.baseline(), i.ambitions(), i.seriesBreaks(), i.parts(), i.note(), i.publish());
    }

    // ---- what a team role does not allow ---------------------------------------------------------

    @Test
    void aReaderSeesImportAndEditingDisabledSayingWhy(FxRobot robot) {
        PostgresTestServer.assumeAvailable();
        ServerLogin owner = fresh();
        try (Workspace ws = Workspace.connect(owner, Workspace.Start.EMPTY)) {
            new TeamService(ws).installRoles();
            new TeamService(ws).grant(PostgresTestServer.loginRole(owner, "ft_ui_leser", "leser-pass").user(),
                    TeamRole.READER);
            new TeamService(ws).grant(PostgresTestServer.loginRole(owner, "ft_ui_analytiker", "analytiker-pass").user(),
                    TeamRole.ANALYST);
        }
        show(robot, Workspace.connect(new ServerLogin(owner.url(), "ft_ui_leser", "leser-pass")));

        MenuItem importData = menuItem(robot, "menu-import-data");
        assertThat(importData.isDisable()).isTrue();
        assertThat(importData.getText()).isEqualTo("Importer data… – Du har bare lesetilgang til dette arbeidsområdet");
        assertThat(menuItem(robot, "menu-new").isDisable()).isTrue();
        assertThat(menuItem(robot, "menu-new").getText()).endsWith(" – Du har bare lesetilgang til dette arbeidsområdet");
        assertThat(menuItem(robot, "menu-save").isDisable()).isTrue();
        // reading and exporting stay open
        assertThat(menuItem(robot, "menu-export").isDisable()).isFalse();
        assertThat(menuItem(robot, "menu-report").isDisable()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Framdrift – ft_ui_leser@" + owner.url().substring("jdbc:postgresql://".length()));

        // an analyst: importing is open, editing the catalogue is not
        robot.interact(() -> stage.close());
        workspace.close();
        show(robot, Workspace.connect(new ServerLogin(owner.url(), "ft_ui_analytiker", "analytiker-pass")));
        assertThat(menuItem(robot, "menu-import-data").isDisable()).isFalse();
        assertThat(menuItem(robot, "menu-import-data").getText()).isEqualTo("Importer data…");
        assertThat(menuItem(robot, "menu-new").isDisable()).isTrue();
        assertThat(menuItem(robot, "menu-new").getText())
                .endsWith(" – Bare redaktører (framdrift_steward) kan endre katalogen, ambisjonene og vurderingene.");
    }

    // ---- another client's change appears in the open window ---------------------------------------

    @Test
    void anotherClientsSaveAndImportAppearInTheOpenWindow(FxRobot robot) throws Exception {
        PostgresTestServer.assumeAvailable();
        ServerLogin server = fresh();
        show(robot, Workspace.connect(server, Workspace.Start.EMPTY));
        robot.interact(() -> ((MainWindow) stage.getScene().getRoot()).select("PLL"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).getText()).isEqualTo("Pasientens legemiddelliste");

        // another client, in a process of its own, renames PLL
        otherProcess(OtherClient.class.getName(), server.url(), server.user(), server.password(), "PLL",
                "Pasientens legemiddelliste (PLL)");

        // LISTEN/NOTIFY: the tree and the open indicator follow (a generous wait, not a timing assertion)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#catalogue-tree")
                .lookup((Label l) -> "Pasientens legemiddelliste (PLL)".equals(l.getText())).queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).getText())
                .isEqualTo("Pasientens legemiddelliste (PLL)");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Oppdatert med endringer fra andre (catalogue PLL)");

        // another analyst imports PLL for two months from the command line: the overview shows the value
        robot.interact(() -> ((MainWindow) stage.getScene().getRoot()).showOverview());
        assertThat(robot.lookup("#tile-PLL .tile-value").queryAll()).isEmpty();
        Path file = folder.resolve("pll-nov-des-" + UUID.randomUUID() + ".csv");
        java.nio.file.Files.writeString(file, "maaned;omraade;antall_med_pll;befolkning\n"
                + "nov.25;Norge;61000;5594340\ndes.25;Norge;61100;5594340\n", java.nio.charset.StandardCharsets.UTF_8);
        otherProcess("no.framdrift.ui.shell.Main", "--db", server.url() + "?password=" + server.password(),
                "--db-user", server.user(), "import", file.toString(), "--profile",
                Path.of("sample-data/profiles/pll.json").toAbsolutePath().toString());
        // the overview may be redrawn more than once (the import and the recompute notify one after
        // the other): read the tile's texts together, on the JavaFX thread, until they show the import
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "1,1 % des.25".equals(tileTexts(robot, "PLL")));
        // the import and the recompute commit one after the other: the status names the last of them
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class).getText()
                .matches("Oppdatert med endringer fra andre \\((imports|values PLL)(, values PLL)?\\)"));
    }

    /** "1,1 % des.25": the value and period of a tile, read in one go on the JavaFX thread; "" while it is not there. */
    private static String tileTexts(FxRobot robot, String code) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.Set<Label> value = robot.lookup("#tile-" + code + " .tile-value").queryAllAs(Label.class);
            java.util.Set<Label> period = robot.lookup("#tile-" + code + " .tile-period").queryAllAs(Label.class);
            return value.size() == 1 && period.size() == 1
                    ? value.iterator().next().getText() + " " + period.iterator().next().getText() : "";
        }).get(30, TimeUnit.SECONDS);
    }

    /** Another team member's client: renames an indicator in the team workspace, then exits. */
    public static final class OtherClient {

        public static void main(String[] args) {
            try (Workspace ws = Workspace.connect(new ServerLogin(args[0], args[1], args[2]))) {
                Indicator i = ws.catalogue().load().indicator(args[3]).orElseThrow();
                Indicator renamed = new Indicator(i.code(), i.goal(), i.parent(), args[4], i.measures(), i.about(),
                        i.sources(), i.status(), i.frequency(), i.kind(), i.unit(), i.decimals(), i.higherIsBetter(),
                        i.valueLabel(), i.timeAggregation(), i.baseline(), i.ambitions(), i.seriesBreaks(), i.parts(),
                        i.note(), i.publish());
                if (!ws.catalogue().save(renamed, i.code()).saved()) {
                    System.exit(3);
                }
            }
        }
    }

    /** Runs a main class in a JVM of its own (another client: its own change announcements), to its end. */
    private static void otherProcess(String mainClass, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Path log = folder.resolve("other-" + UUID.randomUUID() + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the other client finished").isTrue();
        assertThat(p.exitValue()).as(java.nio.file.Files.readString(log)).isZero();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private ServerLogin fresh() {
        ServerLogin db = PostgresTestServer.freshDatabase();
        databases.add(db);
        return db;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort(); // closed again: nothing listens there
        }
    }

    private DialogPane openConnectDialog(FxRobot robot) throws Exception {
        MenuItem connect = menuItem(robot, "menu-connect");
        assertThat(connect.getText()).isEqualTo("Koble til teamdatabase…");
        Platform.runLater(connect::fire); // the dialog waits for an answer: not inside interact
        return dialog(d -> "Koble til teamdatabase".equals(d.getHeaderText()) && d.lookup("#connect-url") != null);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static TextField field(DialogPane dialog, String id) {
        return (TextField) dialog.lookup(id);
    }

    /** The showing dialog that matches, waiting for it to open (generously: the machine may be busy). */
    private static DialogPane dialog(Predicate<DialogPane> which) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> findDialog(which) != null);
        return findDialog(which);
    }

    private static DialogPane findDialog(Predicate<DialogPane> which) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && which.test(d)).map(DialogPane.class::cast)
                .findFirst().orElse(null)).get(30, TimeUnit.SECONDS);
    }

    /** Presses the dialog's button with this text; the dialog closes and the code that asked goes on. */
    private static void press(FxRobot robot, DialogPane dialog, String text) {
        ButtonType type = dialog.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + Arrays.toString(
                        dialog.getButtonTypes().stream().map(ButtonType::getText).toArray())));
        robot.interact(() -> ((Button) dialog.lookupButton(type)).fire());
    }

    /** Closes an alert with its only button (named in the JVM's language). */
    private static void closeAlert(FxRobot robot, DialogPane alert) {
        ButtonType only = alert.getButtonTypes().get(0);
        robot.interact(() -> ((Button) alert.lookupButton(only)).fire());
    }
}

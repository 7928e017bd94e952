package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import no.framdrift.app.Workspace;
import no.framdrift.domain.ImportBatch;
import no.framdrift.store.Backups;
import no.framdrift.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: the window offers "Gjenopprett fra sikkerhetskopi" for a damaged batch and for a
 * database file that cannot be opened, lists the rolling backups newest first with their date and
 * time, restores the chosen one and opens the folder with the backup's batches (headless, Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogUiTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm:ss");

    @TempDir
    Path dir;

    private Path folder;
    private Backups.Backup older;
    private Backups.Backup newest;
    private List<Long> batchIds;
    private long hurt;
    private long hurtRows;
    private Workspace opened;

    @Start
    void start(Stage stage) {
        // the dialogs are windows of their own; TestFX only needs its toolkit running
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    /** The example workspace, two backups of it, and then (optionally) a survey batch loses five rows. */
    private void prepare(boolean damageABatch) throws Exception {
        folder = dir.resolve("data");
        try (Workspace ws = Workspace.open(folder, Workspace.Start.SAMPLE)) {
            batchIds = ws.imports().batches().stream().map(ImportBatch::id).toList();
        }
        try (Database db = Database.open(folder)) {
            older = Backups.take(db, "import");
            Thread.sleep(1100); // a different second on the label
            newest = Backups.take(db, "manuell");
            hurt = ((Number) db.dsl().fetchValue("SELECT MAX(batch_id) FROM survey_cell")).longValue();
            hurtRows = ((Number) db.dsl().fetchValue("SELECT COUNT(*) FROM survey_cell WHERE batch_id = " + hurt)).longValue();
        }
        if (damageABatch) {
            // outside Framdrift, after its clean close (as a half-applied transaction after a hard stop
            // would leave the file): the clean-close mark no longer describes the file, so opening checks
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                    + folder.resolve("framdrift").toAbsolutePath(), "sa", "");
                 java.sql.Statement st = c.createStatement()) {
                st.execute("DELETE FROM survey_cell WHERE batch_id = " + hurt + " FETCH FIRST 5 ROWS ONLY");
            }
        }
        assertThat(batchIds).hasSizeGreaterThan(1).contains(hurt);
    }

    private CompletableFuture<Workspace> openInWindow(FxRobot robot) {
        CompletableFuture<Workspace> result = new CompletableFuture<>();
        robot.interact(() -> new WorkspaceOpening(Messages.of(Language.NORWEGIAN_BOKMAL), folder, Workspace.Start.EMPTY, null,
                result::complete, message -> result.completeExceptionally(new AssertionError("gave up: " + message))).start());
        return result;
    }

    private static void waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#restore-backups").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> offeredBackups(FxRobot robot) {
        return robot.lookup("#restore-backups .list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && !t.isBlank()).toList();
    }

    private static String shown(Backups.Backup b) {
        return SHOWN.format(LocalDateTime.ofInstant(b.madeAt(), ZoneId.systemDefault()));
    }

    @Test
    void aDamagedBatchOffersTheBackupsNewestFirstAndRestoringOneOpensItsBatches(FxRobot robot) throws Exception {
        prepare(true);
        CompletableFuture<Workspace> result = openInWindow(robot);
        waitForDialog(robot);

        assertThat(robot.lookup("#restore-problem").queryAs(Label.class).getText())
                .startsWith("Parti " + hurt + " (").contains("er skadet: " + (hurtRows - 5) + " av " + hurtRows + " rader finnes");
        assertThat(offeredBackups(robot)).containsExactly(shown(newest) + " (tatt for hånd)", shown(older) + " (før import)");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText)
                .contains("Gjenopprett fra sikkerhetskopi", "Fjern det skadde partiet", "Fortsett uten å endre");

        robot.clickOn("Gjenopprett fra sikkerhetskopi");
        opened = result.get(180, TimeUnit.SECONDS);

        assertThat(opened.damagedBatches()).isEmpty();
        assertThat(opened.imports().batches()).extracting(ImportBatch::id).containsExactlyInAnyOrderElementsOf(batchIds);
        long rows = opened.transactor().inTransaction(dsl -> ((Number) dsl.fetchValue(
                "SELECT COUNT(*) FROM survey_cell WHERE batch_id = " + hurt)).longValue());
        assertThat(rows).isEqualTo(hurtRows);
        // the damaged file is kept beside the restored one
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("framdrift.mv.db.for-gjenoppretting-"));
        }
    }

    @Test
    void anEmptyDatabaseFileIsNotAStackTraceButTheBackupToRestore(FxRobot robot) throws Exception {
        prepare(false);
        Files.write(folder.resolve("framdrift.mv.db"), new byte[0]);
        CompletableFuture<Workspace> result = openInWindow(robot);
        waitForDialog(robot);

        String problem = robot.lookup("#restore-problem").queryAs(Label.class).getText();
        assertThat(problem).contains("er tom (0 byte)").contains("Den er ikke erstattet")
                .doesNotContain("Exception").doesNotContain("workspace restore");
        assertThat(offeredBackups(robot)).first().isEqualTo(shown(newest) + " (tatt for hånd)");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).contains("Gjenopprett fra sikkerhetskopi", "Avslutt")
                .doesNotContain("Fjern det skadde partiet");

        robot.clickOn("Gjenopprett fra sikkerhetskopi");
        opened = result.get(180, TimeUnit.SECONDS);
        assertThat(opened.imports().batches()).extracting(ImportBatch::id).containsExactlyInAnyOrderElementsOf(batchIds);
        assertThat(opened.damagedBatches()).isEmpty();
    }

    /**
     * "Bruk lokal datamappe…" in the window opens the chosen folder the same way (FramdriftApp passes
     * its stage as the owner): the restore dialog, not a plain error, and leaving it keeps the open folder.
     */
    @Test
    void switchingFromTheWindowToAFolderThatDoesNotOpenOffersTheBackupsAndLeavingKeepsTheOpenFolder(FxRobot robot)
            throws Exception {
        prepare(false);
        Files.write(folder.resolve("framdrift.mv.db"), new byte[0]);
        CompletableFuture<java.util.Optional<String>> gaveUp = new CompletableFuture<>();
        robot.interact(() -> {
            // stands for the window that has a folder open
            Stage window = new Stage();
            window.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 640, 480));
            window.show();
            new WorkspaceOpening(Messages.of(Language.NORWEGIAN_BOKMAL), folder, Workspace.Start.EMPTY, window,
                    ws -> {
                        opened = ws;
                        gaveUp.completeExceptionally(new AssertionError("opened a folder whose database file is empty"));
                    }, gaveUp::complete).start();
        });
        waitForDialog(robot);

        assertThat(robot.lookup("#restore-problem").queryAs(Label.class).getText()).contains("er tom (0 byte)");
        assertThat(offeredBackups(robot)).first().isEqualTo(shown(newest) + " (tatt for hånd)");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText)
                .contains("Gjenopprett fra sikkerhetskopi", "Behold datamappen som er åpen").doesNotContain("Avslutt");

        robot.clickOn("Behold datamappen som er åpen");
        assertThat(gaveUp.get(60, TimeUnit.SECONDS)).as("no error on top of the dialog").isEmpty();
        assertThat(Files.size(folder.resolve("framdrift.mv.db"))).as("the empty file is neither replaced nor restored").isZero();
    }

    @Test
    void aDamagedBatchCanBeRemovedInstead(FxRobot robot) throws Exception {
        prepare(true);
        CompletableFuture<Workspace> result = openInWindow(robot);
        waitForDialog(robot);

        robot.clickOn("Fjern det skadde partiet");
        opened = result.get(180, TimeUnit.SECONDS);
        assertThat(opened.damagedBatches()).isEmpty();
        assertThat(opened.imports().batches()).extracting(ImportBatch::id)
                .containsExactlyInAnyOrderElementsOf(batchIds.stream().filter(id -> id != hurt).toList());
        assertThat(opened.valuesUpToDate()).isTrue();
    }
}

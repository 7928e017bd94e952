package no.framdrift.ui.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.UiPreferences;

/**
 * Opens the guided import on a PLL extract with two bad rows, at the check step, for the README
 * screenshot. Not a test and not shipped. {@code -Ddemo.step=FILE|COLUMNS|CHECK} picks the step;
 * {@code -Ddemo.exitAfter=SECONDS} closes it by itself.
 */
public final class ImportWizardDemo {

    private ImportWizardDemo() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("framdrift-wizard-demo");
        Path file = dir.resolve("pll-2024-korrigert.csv");
        Files.writeString(file, "maaned;omraade;antall_med_pll;befolkning\n"
                + "apr.24;Norge;50312;5550203\n"
                + "apr.24;Bergensområdet;17004;471210\n"
                + "apr.24;Helse Nord;20398;488120\n"
                + "mai.24;Norge;51877;5551144\n"
                + "mai.24;Atlantis;17520;471302\n"
                + "mai.24;Helse Nord;-12;488190\n"
                + "jun.24;Norge;53002;5552010\n", StandardCharsets.UTF_8);
        String step = System.getProperty("demo.step", "CHECK");
        Platform.startup(() -> {
            Workspace ws = Workspace.open(dir.resolve("data"), Workspace.Start.SAMPLE);
            ImportWizard w = new ImportWizard(null, ws.imports(), BackgroundTasks.sameThread(),
                    Messages.of(Language.NORWEGIAN_BOKMAL), new UiPreferences(java.util.prefs.Preferences.userRoot()
                    .node("no/framdrift/ui-demo")), IndicatorChoice.of(ws.catalogue().load()), s -> { });
            w.stage().setX(0);
            w.stage().setY(0);
            w.show(file);
            ImportWizardModel vm = w.model();
            if (!step.equals("FILE")) {
                vm.next();
                vm.chooseSaved("pll");
            }
            if (step.equals("CHECK")) {
                vm.next();
            }
            long exitAfter = Long.getLong("demo.exitAfter", 0L);
            if (exitAfter > 0) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(exitAfter * 1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(() -> {
                        ws.close();
                        Platform.exit();
                    });
                }, "demo-exit");
                t.setDaemon(true);
                t.start();
            }
        });
    }

}

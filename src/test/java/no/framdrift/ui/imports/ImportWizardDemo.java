package no.framdrift.ui.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.UiPreferences;

/**
 * The guided import for the README's screenshots. Not a test and not shipped.
 * <ul>
 *   <li>{@code -Ddemo.shots=docs/images}: writes {@code wizard-<step>-nb.png} and {@code -en.png} for
 *       every step (file, columns, check, summary) and exits; run it under {@code xvfb-run}.</li>
 *   <li>otherwise it opens one step and stays: {@code -Ddemo.step=FILE|COLUMNS|CHECK|SUMMARY},
 *       {@code -Ddemo.lang=nb|en}, {@code -Ddemo.exitAfter=SECONDS} closes it by itself.</li>
 * </ul>
 * The survey steps use the sample survey's 2024 answers as if they were 2025's (so the saved
 * profile is proposed and the import changes 2025); the check step a PLL extract with two bad rows.
 */
public final class ImportWizardDemo {

    private static final List<String> STEPS = List.of("FILE", "COLUMNS", "INDICATOR", "CHECK", "SUMMARY");

    private ImportWizardDemo() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("framdrift-wizard-demo");
        Path pll = dir.resolve("pll-2024-korrigert.csv");
        Files.writeString(pll, "maaned;omraade;antall_med_pll;befolkning\n"
                + "apr.24;Norge;50312;5550203\n"
                + "apr.24;Bergensområdet;17004;471210\n"
                + "apr.24;Helse Nord;20398;488120\n"
                + "mai.24;Norge;51877;5551144\n"
                + "mai.24;Atlantis;17520;471302\n"
                + "mai.24;Helse Nord;-12;488190\n"
                + "jun.24;Norge;53002;5552010\n", StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(Path.of("sample-data/helsepersonellundersokelsen-2021-2024.csv"),
                StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(l -> l.split(";")[1].equals("2024")).map(l -> l.replaceFirst(";2024;", ";2025;"))
                .forEach(out::add);
        Path survey = dir.resolve("helsepersonellundersokelsen-2025.csv");
        Files.write(survey, out, StandardCharsets.UTF_8);
        Path registry = dir.resolve("epj-kvalitet-kommuner.csv");
        Files.writeString(registry, "periode;kommune;antall;innbyggere\n2025;0301;120;700000\n2025;4601;80;290000\n",
                StandardCharsets.UTF_8);

        String shots = System.getProperty("demo.shots");
        Platform.startup(() -> {
            if (shots != null) {
                Platform.setImplicitExit(false); // each shot's window closes before the next opens
                List<Runnable> work = new ArrayList<>();
                for (String lang : List.of("nb", "en")) {
                    // a workspace per language: the summary's import is a first import in both
                    Workspace[] ws = new Workspace[1];
                    work.add(() -> ws[0] = Workspace.open(dir.resolve("data-" + lang), Workspace.Start.SAMPLE));
                    for (String step : STEPS) {
                        ImportWizard[] w = new ImportWizard[1];
                        Path file = step.equals("CHECK") ? pll : step.equals("INDICATOR") ? registry : survey;
                        work.add(() -> w[0] = open(ws[0], lang, step, file));
                        if (step.equals("INDICATOR")) {
                            // the searchable list open with "kval" typed: a popup, so the screen is captured
                            work.add(() -> search(w[0], "kval"));
                        }
                        work.add(() -> {
                            Path png = Path.of(shots, "wizard-" + step.toLowerCase() + "-" + lang + ".png");
                            if (step.equals("INDICATOR")) {
                                capture(w[0], png);
                            } else {
                                write(w[0], png);
                            }
                            w[0].stage().close();
                        });
                    }
                    work.add(() -> ws[0].close());
                }
                work.add(Platform::exit);
                chain(work, 0);
                return;
            }
            String step = System.getProperty("demo.step", "CHECK");
            Workspace ws = Workspace.open(dir.resolve("data"), Workspace.Start.SAMPLE);
            open(ws, System.getProperty("demo.lang", "nb"), step, step.equals("CHECK") ? pll : survey);
            long exitAfter = Long.getLong("demo.exitAfter", 0L);
            if (exitAfter > 0) {
                PauseTransition p = new PauseTransition(Duration.seconds(exitAfter));
                p.setOnFinished(e -> {
                    ws.close();
                    Platform.exit();
                });
                p.play();
            }
        });
    }

    /** Runs the steps one after the other, with a second between them for the window to draw. */
    private static void chain(List<Runnable> work, int i) {
        if (i >= work.size()) {
            return;
        }
        work.get(i).run();
        PauseTransition p = new PauseTransition(Duration.seconds(1.5));
        p.setOnFinished(e -> chain(work, i + 1));
        p.play();
    }

    private static ImportWizard open(Workspace ws, String lang, String step, Path file) {
        Messages m = Messages.of(lang.equals("en") ? Language.ENGLISH : Language.NORWEGIAN_BOKMAL);
        ImportWizard w = new ImportWizard(null, ws.imports(), BackgroundTasks.sameThread(), m,
                new UiPreferences(java.util.prefs.Preferences.userRoot().node("no/framdrift/ui-demo")),
                IndicatorChoice.of(ws.catalogue().load()), s -> { });
        w.stage().setX(0);
        w.stage().setY(0);
        w.show(file);
        ImportWizardModel vm = w.model();
        int target = step.equals("INDICATOR") ? 1 : STEPS.indexOf(step) - (STEPS.indexOf(step) > 2 ? 1 : 0);
        if (target >= 1) {
            vm.next();
            if (file.getFileName().toString().startsWith("pll")) {
                vm.chooseSaved("pll");
            }
        }
        if (target >= 2) {
            vm.next();
        }
        if (target >= 3) {
            vm.next();
        }
        return w;
    }

    /** Opens the indicator list and types into its search field. */
    private static void search(ImportWizard w, String text) {
        javafx.scene.control.ComboBox<?> c = (javafx.scene.control.ComboBox<?>) w.stage().getScene().lookup("#wizard-indicator");
        c.requestFocus();
        c.show();
        Platform.runLater(() -> {
            if (c.lookup("#search") instanceof javafx.scene.control.TextInputControl t) {
                t.setText(text);
                t.positionCaret(text.length());
            }
        });
    }

    /** The screen where the window is (popups included), with ImageMagick's import: needs a display (xvfb-run). */
    private static void capture(ImportWizard w, Path png) {
        javafx.stage.Window s = w.stage();
        String geometry = (int) s.getWidth() + "x" + (int) s.getHeight() + "+" + (int) s.getX() + "+" + (int) s.getY();
        try {
            Process p = new ProcessBuilder("import", "-window", "root", "-crop", geometry, png.toAbsolutePath().toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("import failed for " + png);
            }
            System.out.println("wrote " + png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(ImportWizard w, Path png) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(w.stage().getScene().snapshot(null), null), "png", png.toFile());
            System.out.println("wrote " + png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package no.framdrift.ui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.framdrift.cli.RootCommand;

/**
 * The training run behind the class-data-sharing archive ({@code target/framdrift.jsa}, issue 16),
 * run once at build time with {@code -XX:ArchiveClassesAtExit}: it does what a user does most —
 * the command line (a new folder with the sample workspace, the catalogue, values by background)
 * and the window (opened on that folder, drawn, the report deck exported from it, closed) — so that
 * later starts map those classes from the archive instead of reading, verifying and linking them
 * from the jar. An archive trained by the command line alone left JavaFX and the window (about 4,500
 * classes) out of it.
 * <p>
 * The window runs on JavaFX's headless Monocle platform with the software renderer, so the build
 * needs no display; the classes a real window uses beyond those (GTK's glass, about a hundred) are
 * read from the jar as before. Its window preferences go to the training folder, not the user's.
 * Not for users: {@code java -XX:ArchiveClassesAtExit=… -cp framdrift.jar no.framdrift.ui.shell.CdsTraining DIR}.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "cds-training").toAbsolutePath();
        Files.createDirectories(dir);
        // before anything reads java.util.prefs: the window remembers its size there
        System.setProperty("java.util.prefs.userRoot", dir.resolve("prefs").toString());
        String folder = dir.resolve("data").toString();
        command("--data-dir", folder, "workspace", "init", "--sample");
        command("--data-dir", folder, "indicators");
        command("--data-dir", folder, "values", "EPJ_KVALITET", "--by", "profesjon");

        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("framdrift.probe", "true");
        System.setProperty("framdrift.probe.deck", dir.resolve("rapport.pptx").toString());
        FramdriftApp.launchWindow(new String[] {"--data-dir", folder});
        System.exit(0);
    }

    private static void command(String... args) {
        StringWriter out = new StringWriter();
        int status = RootCommand.run(args, new PrintWriter(out), new PrintWriter(out));
        if (status != 0) {
            System.err.println("training: framdrift " + String.join(" ", List.of(args)) + " exited with " + status);
        }
    }
}

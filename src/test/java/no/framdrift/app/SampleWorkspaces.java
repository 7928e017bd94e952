package no.framdrift.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The example workspace for tests, made once per test JVM: the first call seeds a template folder
 * the way the app's first start does ({@link Workspace.Start#SAMPLE}: the catalogue, the ten sample
 * files imported, every value computed), and every call copies that closed folder, byte for byte,
 * into the test's own folder and opens it. A test gets the same workspace as before, seeding it
 * took 2–4 s each time (issue 16: "one sample workspace shared between the tests"). Tests of the
 * seeding itself (first start, interrupted seeding) call {@link Workspace#open(Path, Workspace.Start)}.
 */
public final class SampleWorkspaces {

    private static Path template;

    private SampleWorkspaces() {
    }

    /** Opens the example workspace in {@code dataFolder}: a copy of the template, or the folder as it is if it already holds one. */
    public static Workspace open(Path dataFolder) {
        if (Workspace.exists(dataFolder)) {
            return Workspace.open(dataFolder, Workspace.Start.SAMPLE);
        }
        copy(template(), dataFolder);
        return Workspace.open(dataFolder);
    }

    /** Fills {@code dataFolder} with the example workspace and leaves it closed (for a command line run on it). */
    public static Path prepare(Path dataFolder) {
        open(dataFolder).close();
        return dataFolder;
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("framdrift-sample-template");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Workspace.open(dir.resolve("data"), Workspace.Start.SAMPLE).close();
                template = dir.resolve("data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it up
        }
    }
}

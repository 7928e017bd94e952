package no.framdrift.app;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line in a child JVM as the installed launcher starts it (packaging/jpackage/app-image.args):
 * the application's classes from a jar, with the launcher's heap cap and compiler, and a class-data-sharing
 * archive (issue 16: the crash harnesses start ~50 child commands; from the class directories without an
 * archive each spent most of its life loading classes, and on the build's two cores that made the
 * crash run the longest test class). Made once per test JVM: {@code target/classes} packed into a jar
 * (class-data sharing takes classes from jars only), the dependencies' jars as they are, then one
 * training run ({@code indicators} on a new folder, which migrates and seeds the catalogue) dumps a
 * dynamic archive at its exit. If the archive cannot be made, children run without it: the same
 * commands, only slower.
 */
final class ChildJvm {

    private static List<String> command;

    private ChildJvm() {
    }

    /** {@code java} with the launcher's flags and {@code -cp}, up to the main class (not included). */
    static synchronized List<String> javaCommand() {
        if (command == null) {
            command = prepare();
        }
        return command;
    }

    private static List<String> prepare() {
        List<String> base = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx352m"));
        try {
            Path dir = Files.createTempDirectory("framdrift-child-jvm");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    CrashHarness.deleteTree(dir);
                } catch (IOException ignored) {
                    // a temporary folder; the system cleans it later
                }
            }));
            List<String> cp = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path p = Path.of(entry).toAbsolutePath();
                if (!Files.isDirectory(p)) {
                    cp.add(p.toString());
                } else if (Files.exists(p.resolve("no/framdrift/ui/shell/Main.class"))) {
                    Path jar = dir.resolve("framdrift-classes.jar");
                    packJar(p, jar);
                    cp.add(0, jar.toString());
                }
                // other class directories (the tests' own) are not needed by the command line
            }
            List<String> withCp = new ArrayList<>(base);
            withCp.addAll(List.of("-cp", String.join(File.pathSeparator, cp)));
            Path archive = dir.resolve("children.jsa");
            List<String> train = new ArrayList<>(base);
            train.add("-XX:ArchiveClassesAtExit=" + archive);
            train.addAll(withCp.subList(base.size(), withCp.size()));
            train.addAll(List.of("no.framdrift.ui.shell.Main", "--data-dir", dir.resolve("training").toString(), "indicators"));
            ProcessBuilder pb = new ProcessBuilder(train).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("training.log").toFile());
            pb.environment().remove("FRAMDRIFT_DATA_DIR");
            pb.environment().remove("FRAMDRIFT_DB");
            Process p = pb.start();
            if (p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.size(archive) > 0) {
                List<String> out = new ArrayList<>(base);
                out.add("-XX:SharedArchiveFile=" + archive);
                out.addAll(withCp.subList(base.size(), withCp.size()));
                return List.copyOf(out);
            }
            p.destroyForcibly();
            System.out.println("ChildJvm: no class-data-sharing archive for the child commands (see " + dir.resolve("training.log") + ")");
            return List.copyOf(withCp);
        } catch (IOException | InterruptedException e) {
            System.out.println("ChildJvm: children run from the class directories: " + e);
            base.addAll(List.of("-cp", System.getProperty("java.class.path")));
            return List.copyOf(base);
        }
    }

    private static void packJar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            j.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    j.putNextEntry(new JarEntry(name + "/"));
                } else {
                    j.putNextEntry(new JarEntry(name));
                    Files.copy(f, j);
                }
                j.closeEntry();
            }
        }
    }
}

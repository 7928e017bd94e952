package no.framdrift.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;

/**
 * The sample extracts that ship with the app ({@code sample-data/imports.txt} lists each file and
 * its profile): the example workspace (asked for, never by default) starts with them imported as
 * flagged example batches and their profiles saved.
 */
public final class SampleImports {

    static final String MANIFEST = "/sample-data/imports.txt";

    /** One sample file and the profile that imports it (paths inside sample-data/). */
    record Entry(String file, String profile) {
    }

    private SampleImports() {
    }

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = SampleImports.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                out.add(new Entry(f[0], f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Whether a batch was imported from one of the sample extracts (by its file name). Until
     * batches carry a sample flag of their own, this is how published output knows it shows
     * example data; a real file named like a sample one is taken for sample data, which errs
     * on the safe side (it asks for --allow-sample).
     */
    public static boolean isSampleFile(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = java.nio.file.Path.of(fileName).getFileName().toString();
        return entries().stream().anyMatch(e -> java.nio.file.Path.of(e.file()).getFileName().toString().equals(name));
    }

    public static void importInto(ImportService imports) {
        List<Entry> entries = entries();
        if (entries.isEmpty()) {
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("framdrift-sample");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (Entry e : entries) {
                ImportProfile profile;
                try (InputStream in = resource(e.profile())) {
                    profile = imports.readProfile(in, e.profile());
                } catch (ImportProfiles.ProfileException ex) {
                    throw new IllegalStateException("A sample profile is broken: " + ex.getMessage(), ex);
                }
                imports.saveProfile(profile);
                Path file = dir.resolve(Path.of(e.file()).getFileName().toString());
                try (InputStream in = resource(e.file())) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                imports.importFile(ImportRequest.of(file, profile).asSample(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleImports.class.getResourceAsStream("/sample-data/" + name);
        if (in == null) {
            throw new IOException("Missing from the build: sample-data/" + name);
        }
        return in;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}

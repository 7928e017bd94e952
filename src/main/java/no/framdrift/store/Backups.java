package no.framdrift.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolling backups of a data folder's database and the import journal (issue 18).
 * <p>
 * A backup is a consistent copy made while the database is open (H2 {@code BACKUP TO}, a zip with
 * the database file), kept in {@code sikkerhetskopier/} beside it; the newest {@link #KEEP} are
 * kept. Before an import the workspace takes one and writes a journal file naming it; the journal is
 * removed once the import's commit has returned. A journal still there when the folder is opened
 * means the import never finished (the program was stopped, the disk was full): the database is
 * then put back as it was from that backup before anything reads it, because an interrupted
 * transaction of the embedded engine can come back partly applied after a hard stop (docs/RELIABILITY.md).
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** How many backups are kept. */
    public static final int KEEP = 5;
    static final String FOLDER = "sikkerhetskopier";
    static final String IMPORT_JOURNAL = "framdrift.import-pagar";
    static final String SEED_JOURNAL = "framdrift.oppstart-pagar";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm:ss");

    /** One backup file and when it was made. */
    public record Backup(Path file, Instant madeAt, String reason) {

        /** "Sikkerhetskopi 02.12.2026 kl. 11:40:12 (før import)". */
        public String describe() {
            return "Sikkerhetskopi " + SHOWN.format(LocalDateTime.ofInstant(madeAt, ZoneId.systemDefault())) + " (" + reason
                    + ")";
        }
    }

    private Backups() {
    }

    static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /**
     * A consistent copy of the open database into the backup folder; keeps the newest {@link #KEEP}.
     *
     * @param reason a short word for the file name ("import", "lukking", "manuell")
     */
    public static Backup take(Database db, String reason) {
        Path dir = folder(db.folder());
        Instant now = Instant.now();
        Path file = dir.resolve("framdrift-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneId.systemDefault())) + "-"
                + reason + ".zip");
        try {
            Files.createDirectories(dir);
            copyTo(db, file);
        } catch (IOException | RuntimeException e) {
            throw StoreException.fromWrite(e, "Kunne ikke ta sikkerhetskopi til " + file);
        }
        prune(dir);
        return new Backup(file, now, reason);
    }

    /** A consistent copy of the open database to the given file (zip), replacing nothing. */
    public static void copyTo(Database db, Path zip) throws IOException {
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            db.dsl().execute("BACKUP TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
            fsync(tmp);
            move(tmp, zip);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A backup of a data folder's database that has just been closed, made by the process that still
     * holds the folder's lock (so no other Framdrift has opened it since): the closed file, which is
     * consistent, zipped as {@code BACKUP TO} zips it ({@link #restore} reads either) but at the
     * fastest deflate level. At the close of a session that imported a million-respondent survey
     * this took 0.25 s of CPU instead of the 0.7 s {@code BACKUP TO} spends compressing harder, for a
     * zip about a tenth larger. The database file is locked while it is read; when it cannot be
     * locked (the engine still has it open) nothing is written and this throws.
     */
    static Backup takeOfClosed(Path dataFolder, String reason) {
        Path dir = folder(dataFolder);
        Instant now = Instant.now();
        Path file = dir.resolve("framdrift-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneId.systemDefault())) + "-"
                + reason + ".zip");
        Path db = dataFolder.resolve(Database.DB_NAME + ".mv.db");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel in = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock;
            try {
                lock = in.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException("databasefilen er fortsatt åpen");
            }
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                    new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(db.getFileName().toString()));
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
                long pos = 0;
                int n;
                while ((n = in.read(buf, pos)) > 0) {
                    zip.write(buf.array(), 0, n);
                    pos += n;
                    buf.clear();
                }
                zip.closeEntry();
            } finally {
                lock.release();
            }
            fsync(tmp);
            move(tmp, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the .tmp is never offered as a backup
            }
            throw StoreException.fromWrite(e, "Kunne ikke ta sikkerhetskopi til " + file);
        }
        prune(dir);
        return new Backup(file, now, reason);
    }

    /** The backups of a data folder, newest first. */
    public static List<Backup> list(Path dataFolder) {
        Path dir = folder(dataFolder.toAbsolutePath().normalize());
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("framdrift-\\d{8}-\\d{6}-\\d{3}-.*\\.zip")).toList()) {
                String name = f.getFileName().toString();
                LocalDateTime t = LocalDateTime.parse(name.substring(10, 29), STAMP);
                String reason = name.substring(30, name.length() - 4);
                out.add(new Backup(f, t.atZone(ZoneId.systemDefault()).toInstant(), reason));
            }
        } catch (IOException e) {
            LOG.warn("Could not list backups in {}", dir, e);
        }
        out.sort(Comparator.comparing(Backup::madeAt).reversed());
        return out;
    }

    private static void prune(Path dir) {
        List<Backup> all = list(dir.getParent());
        for (Backup b : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(b.file());
            } catch (IOException e) {
                LOG.debug("Could not remove old backup {}", b.file(), e);
            }
        }
    }

    /**
     * Puts a backup's database into the (closed, locked by the caller or unused) data folder: the
     * database file is written beside the old one and moved over it, so an interruption leaves one
     * or the other whole.
     */
    public static void restore(Path zip, Path dataFolder) throws IOException {
        Path target = dataFolder.resolve(Database.DB_NAME + ".mv.db");
        Path tmp = dataFolder.resolve(Database.DB_NAME + ".mv.db.gjenoppretter");
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".mv.db")) {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        in.transferTo(out);
                    }
                    found = true;
                    break;
                }
            }
        }
        if (!found) {
            Files.deleteIfExists(tmp);
            throw new IOException(zip + " er ingen sikkerhetskopi fra Framdrift (fant ingen databasefil i den)");
        }
        fsync(tmp);
        move(tmp, target);
    }

    /** True when the zip holds a database file (a Framdrift backup). */
    public static boolean isBackup(Path zip) {
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".mv.db")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    // ---------------------------------------------------------------- journals

    /** Notes that an import is under way, and which backup holds the folder as it was. */
    static void beginImport(Path dataFolder, Backup before) {
        writeJournal(dataFolder.resolve(IMPORT_JOURNAL), before.file().getFileName().toString());
    }

    /** The import's commit has returned: nothing to undo. */
    static void endImport(Path dataFolder) {
        deleteJournal(dataFolder.resolve(IMPORT_JOURNAL));
    }

    /** The backup file named by an unfinished import's journal, if there is one. */
    static Optional<Path> unfinishedImport(Path dataFolder) {
        Path j = dataFolder.resolve(IMPORT_JOURNAL);
        if (!Files.exists(j)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(j, StandardCharsets.UTF_8).trim();
            return Optional.of(folder(dataFolder).resolve(name));
        } catch (IOException e) {
            return Optional.of(folder(dataFolder).resolve("?"));
        }
    }

    static void beginSeeding(Path dataFolder) {
        writeJournal(dataFolder.resolve(SEED_JOURNAL), "ny datamappe");
    }

    static void endSeeding(Path dataFolder) {
        deleteJournal(dataFolder.resolve(SEED_JOURNAL));
    }

    static boolean unfinishedSeeding(Path dataFolder) {
        return Files.exists(dataFolder.resolve(SEED_JOURNAL));
    }

    static void writeJournal(Path file, String content) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            fsync(tmp);
            move(tmp, file);
            fsyncDir(file.getParent());
        } catch (IOException e) {
            throw StoreException.fromWrite(e, "Kunne ikke skrive i datamappen " + file.getParent());
        }
    }

    static void deleteJournal(Path file) {
        try {
            Files.deleteIfExists(file);
            fsyncDir(file.getParent());
        } catch (IOException e) {
            throw StoreException.fromWrite(e, "Kunne ikke skrive i datamappen " + file.getParent());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    private static void fsyncDir(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform syncs directories (Windows): the rename is still atomic
        }
    }
}

package no.framdrift.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a data folder's database was closed cleanly by the last program that had it open (issue 16).
 * <p>
 * Opening a folder checks every batch against its checksum ({@link BatchIntegrity#verify()}): one
 * aggregate over every stored row, which grows with the data (the sample workspace: a few hundred
 * milliseconds; a million-respondent survey: seconds) and is paid by every command and every start
 * of the window. The check is there for a database that came back from a hard stop (kill, power
 * loss, full disk) in a state no commit left it in. So after a clean close Framdrift writes a mark
 * beside the database — the file's size, modification time and a CRC-32 of its first and last 8 KB
 * (the store's headers and its newest chunk) — after the file has been forced to the disk; opening
 * takes the mark away before the engine touches the file and skips the check only when the mark was
 * there and still describes the file. Any other case — the mark missing (a crash while open, a folder
 * from before this version), a database file changed, replaced or restored since — checks as before.
 */
final class CleanClose {

    private static final Logger LOG = LoggerFactory.getLogger(CleanClose.class);

    /** The mark, beside {@code framdrift.mv.db}. */
    static final String MARK = "framdrift.lukket-rent";
    private static final int EDGE = 8192;

    private CleanClose() {
    }

    /**
     * Takes the mark away (before the engine opens the file) and says whether it described the
     * database file as it is now. Never throws: a mark that cannot be read or removed means "check".
     */
    static boolean consume(Path dir) {
        Path mark = dir.resolve(MARK);
        if (!Files.exists(mark)) {
            return false;
        }
        boolean same;
        try {
            String written = Files.readString(mark, StandardCharsets.US_ASCII).trim();
            Path db = dir.resolve(Database.DB_NAME + ".mv.db");
            same = Files.isRegularFile(db) && written.equals(describe(db));
        } catch (IOException | RuntimeException e) {
            same = false;
        }
        try {
            Backups.deleteJournal(mark);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove {} in {}: the batches are checked", MARK, dir);
            return false;
        }
        return same;
    }

    /** Writes the mark for the (closed) database file: forced to disk first, the mark written whole or not at all. */
    static void mark(Path dir) {
        Path db = dir.resolve(Database.DB_NAME + ".mv.db");
        try {
            if (Files.isRegularFile(db)) {
                Backups.fsync(db);
                Backups.writeJournal(dir.resolve(MARK), describe(db) + "\n");
            }
        } catch (IOException | RuntimeException e) {
            // no mark: the next open checks the batches, as it always did
            LOG.debug("No clean-close mark in {}", dir, e);
        }
    }

    /** Removes the mark (a restored or replaced database file is always checked). */
    static void forget(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(MARK));
        } catch (IOException e) {
            LOG.debug("Could not remove {} in {}", MARK, dir, e);
        }
    }

    /** "size mtime-ns crc-of-first-and-last-8-KB" of the database file. */
    static String describe(Path db) throws IOException {
        CRC32 crc = new CRC32();
        long size;
        try (FileChannel c = FileChannel.open(db, StandardOpenOption.READ)) {
            size = c.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(EDGE, size));
            c.read(head, 0);
            crc.update(head.flip());
            long from = Math.max(0, size - EDGE);
            ByteBuffer tail = ByteBuffer.allocate((int) (size - from));
            c.read(tail, from);
            crc.update(tail.flip());
        }
        long mtime = Files.getLastModifiedTime(db).to(TimeUnit.NANOSECONDS);
        return String.format(Locale.ROOT, "%d %d %08x", size, mtime, crc.getValue());
    }
}

package dk.hrassistenten.bot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;

/**
 * The embedded database's file, as H2 opened it. H2 goes on writing to an open file that was deleted or
 * replaced under it (a volume unmounted, a clean-up script), confirming every commit, and all of it is lost
 * when the service stops; so the file on disk is compared with the one H2 opened before work starts and after
 * every commit. Thread-safe.
 */
final class EmbeddedFile {

    private final Path file;
    /** The file's identity (device and inode, or creation time where there are none) once H2 has it open. */
    private volatile Object opened;

    EmbeddedFile(Path file) {
        this.file = file;
    }

    /** Remembers the file H2 has just opened. */
    void opened() throws SQLException {
        opened = identity();
        if (opened == null) {
            throw gone();
        }
    }

    /** @throws SQLException when the file H2 opened is no longer the one on disk */
    void check() throws SQLException {
        if (opened != null && !opened.equals(identity())) {
            throw gone();
        }
    }

    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException e) {
            return null;
        }
    }

    private SQLException gone() {
        return new FileGoneException(file);
    }

    /** The database file was deleted or replaced under the running service; nothing more is confirmed. */
    static final class FileGoneException extends SQLException {
        FileGoneException(Path file) {
            super("the database file " + file + " was deleted or replaced while the service ran; nothing written now would be kept", "08006");
        }
    }
}

package dk.hrassistenten.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database on disk, and what it does when its file is taken away under it. */
class DatabaseIT {

    private static final String INSERT = "insert into feedback (user_hash, channel, rating, reply_kind, source_path, given_at) "
            + "values ('h', 'web', 1, 'answer', null, current_timestamp)";

    @Test
    void openingThePoolLeavesTheJvmsSystemPropertiesAlone(@TempDir Path data) throws Exception {
        java.util.Properties before = (java.util.Properties) System.getProperties().clone();
        try (Database database = Database.open(null, data)) {
            assertThat(database.unreachable()).isEmpty();
        }
        assertThat(System.getProperties()).as("another library in the process would inherit them").isEqualTo(before);
    }

    @Test
    void aWriteAfterTheFileWasDeletedFailsInsteadOfBeingConfirmedAndLost(@TempDir Path data) throws Exception {
        try (Database database = Database.open(null, data)) {
            assertThat(database.update(INSERT)).isEqualTo(1);
            assertThat(database.unreachable()).isEmpty();
            deleteFiles(data);

            assertThatThrownBy(() -> database.update(INSERT)).isInstanceOf(SQLException.class).hasMessageContaining("deleted or replaced");
            assertThat(database.updateOrWarn("feedback", INSERT)).isFalse();
            assertThat(database.unreachable()).hasValueSatisfying(reason -> assertThat(reason).contains("deleted or replaced"));
        }
    }

    @Test
    void aFileReplacedByAnotherIsNotTheDatabaseEither(@TempDir Path data) throws Exception {
        try (Database database = Database.open(null, data)) {
            database.update(INSERT);
            Path file = data.resolve("hr-assistant.mv.db");
            Path copy = data.resolve("copy");
            Files.copy(file, copy);
            Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(() -> database.update(INSERT)).isInstanceOf(SQLException.class);
        }
    }

    private static void deleteFiles(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }
}

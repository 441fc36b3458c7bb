package dk.hrassistenten.knowledge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    @TempDir
    Path folder;

    private FetchedDocuments fetch(FolderSource source) throws IOException {
        return source.fetch(p -> { });
    }

    @Test
    void eachFetchSeesAddedChangedAndRemovedFiles() throws Exception {
        FolderSource source = new FolderSource("hr", folder, Duration.ofMinutes(5), "");
        Files.writeString(folder.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        assertThat(fetch(source).documents()).extracting(d -> d.text().path()).containsExactly("a.md");

        Files.createDirectories(folder.resolve("ny"));
        Files.writeString(folder.resolve("ny/b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
        assertThat(fetch(source).documents()).extracting(d -> d.text().path()).containsExactly("a.md", "ny/b.md");

        // Another size: written within the same tick of the file system's clock, an edit of the same size would keep
        // its time too, and a rescan tells changes by size and time (aRescanReadsAgainOnlyFilesWhoseSizeOrTimeChanged).
        Files.writeString(folder.resolve("ny/b.md"), "# Pension\n\nPensionsbidraget er 17,5 procent.\n");
        Files.delete(folder.resolve("a.md"));
        FetchedDocuments after = fetch(source);
        assertThat(after.documents()).extracting(d -> d.text().path()).containsExactly("ny/b.md");
        assertThat(after.documents().get(0).text().text()).contains("17,5 procent");
    }

    @Test
    void aRescanReadsAgainOnlyFilesWhoseSizeOrTimeChanged() throws Exception {
        FolderSource source = new FolderSource("hr", folder, Duration.ofMinutes(5), "");
        Path file = folder.resolve("a.md");
        Files.writeString(file, "# Ferie\n\nFerieåret starter 1. november.\n");
        FileTime time = Files.getLastModifiedTime(file);
        fetch(source);

        Files.writeString(file, "# Ferie\n\nFerieåret starter 1. december.\n"); // same size
        Files.setLastModifiedTime(file, time);
        assertThat(fetch(source).documents().get(0).text().text()).as("unchanged by size and time: not read again").contains("november");

        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
        assertThat(fetch(source).documents().get(0).text().text()).contains("december");
    }

    @Test
    void documentsCarryTheirSidecarAndTheCitePrefix() throws Exception {
        Files.writeString(folder.resolve("chef.md"), "# Lederinformation\n\nLønrammen forhandles i marts.\n");
        Files.writeString(folder.resolve("chef.md.meta.properties"), "audience=ledere\n");
        Files.writeString(folder.resolve("broken.docx"), "not a zip");

        FetchedDocuments fetched = fetch(new FolderSource("haandbog", folder, Duration.ofMinutes(5), "haandbog"));

        assertThat(fetched.documents()).singleElement().satisfies(d -> {
            assertThat(d.text().path()).isEqualTo("haandbog/chef.md");
            assertThat(d.metadata()).containsEntry("audience", "ledere");
        });
        assertThat(fetched.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("haandbog/broken.docx"));
    }

    @Test
    void aLinkLeadingOutsideTheFolderIsNotRead(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.md"), "# Hemmeligt\n\nLøn for direktøren.\n");
        Files.createSymbolicLink(folder.resolve("secret.md"), outside.resolve("secret.md"));
        Files.writeString(folder.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");

        FetchedDocuments fetched = fetch(new FolderSource("hr", folder, Duration.ofMinutes(5), ""));

        assertThat(fetched.documents()).extracting(d -> d.text().path()).containsExactly("a.md");
        assertThat(fetched.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("secret.md").contains("outside"));
    }

    @Test
    void aFolderThatIsGoneFailsTheFetchWithAMessageNamingNoPath() {
        FolderSource source = new FolderSource("hr", folder.resolve("not-mounted"), Duration.ofMinutes(5), "");
        assertThatThrownBy(() -> fetch(source)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be read").hasMessageNotContaining(folder.toString());
    }

    @Test
    void theWatchSignalsAnAddedChangedOrRemovedFileAlsoInANewSubFolder() throws Exception {
        Files.writeString(folder.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        AtomicInteger signals = new AtomicInteger();
        try (FolderSource source = new FolderSource("hr", folder, Duration.ofMinutes(5), "")) {
            source.watch(signals::incrementAndGet);
            Files.createDirectories(folder.resolve("ny"));
            awaitMore(signals, 0); // the watcher has registered the new folder before it signals
            int before = signals.get();
            Files.writeString(folder.resolve("ny/b.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
            awaitMore(signals, before);
            before = signals.get();
            Files.writeString(folder.resolve("a.md"), "# Ferie\n\nFerieåret starter 1. oktober.\n");
            awaitMore(signals, before);
            before = signals.get();
            Files.delete(folder.resolve("ny/b.md"));
            awaitMore(signals, before);
        }
    }

    private static void awaitMore(AtomicInteger signals, int than) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (signals.get() <= than && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(signals.get()).isGreaterThan(than);
    }
}

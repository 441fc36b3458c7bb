package dk.hrassistenten.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.ingest.CorpusFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

    @TempDir
    Path corpus;

    @Test
    void aFoldersSidecarAppliesBelowItAndTheDocumentsOwnWins() throws Exception {
        Files.createDirectories(corpus.resolve("referater"));
        Files.writeString(corpus.resolve("referater/a.md"), "# Referat");
        Files.writeString(corpus.resolve("referater/" + Sidecar.FOLDER_FILE), "organization=Region Nord\nkind=minutes\n");
        Files.writeString(corpus.resolve("referater/a.md" + Sidecar.SUFFIX), "kind=agenda\nunknown=ignored\n");

        assertThat(Sidecar.forDocument(CorpusFolder.of(corpus), "referater/a.md"))
                .containsOnly(java.util.Map.entry("organization", "Region Nord"), java.util.Map.entry("kind", "agenda"));
    }

    @Test
    void aSidecarLinkedFromOutsideTheCorpusIsNotRead(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.properties"), "title=hunter2\n");
        Files.writeString(corpus.resolve("a.md"), "# Ferie");
        Files.createSymbolicLink(corpus.resolve("a.md" + Sidecar.SUFFIX), outside.resolve("secret.properties"));
        Files.createSymbolicLink(corpus.resolve(Sidecar.FOLDER_FILE), outside.resolve("secret.properties"));

        assertThat(Sidecar.forDocument(CorpusFolder.of(corpus), "a.md")).isEmpty();
    }
}

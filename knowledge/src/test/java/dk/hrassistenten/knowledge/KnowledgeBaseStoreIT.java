package dk.hrassistenten.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.analysis.LanguageData;
import dk.hrassistenten.knowledge.source.SourceSet;
import dk.hrassistenten.knowledge.store.IndexStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge base that keeps its index in a store: a restart answers before any document is read. */
class KnowledgeBaseStoreIT {

    @TempDir
    Path dir;

    private KnowledgeBase base(Path corpus) {
        return new KnowledgeBase(SourceSet.ofFolder(corpus), IndexStore.open(dir.resolve("index"), LanguageData.standard()));
    }

    @Test
    void aRestartAnswersFromTheStoreBeforeTheSourcesAreReadAndAChangeIsWrittenAlone() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ferie.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
        Files.writeString(corpus.resolve("pension.md"), "# Pension\n\nPensionsbidraget er 15 procent.\n");
        try (KnowledgeBase first = base(corpus)) {
            first.reload(p -> { });
            assertThat(first.current().documents()).hasSize(2);
        }

        try (KnowledgeBase restarted = base(corpus)) {
            assertThat(restarted.ready()).isFalse();
            restarted.openStored(p -> { });
            assertThat(restarted.ready()).as("ready from the store, nothing read yet").isTrue();
            assertThat(restarted.current().search("Hvornår starter ferieåret?", Set.of(), 3).hits()).first()
                    .satisfies(h -> assertThat(h.passage().text()).contains("1. september"));

            Files.writeString(corpus.resolve("pension.md"), "# Pension\n\nPensionsbidraget er 17 procent.\n");
            restarted.reload(p -> { });
            assertThat(restarted.current().search("Hvor stort er pensionsbidraget?", Set.of(), 3).hits()).first()
                    .satisfies(h -> assertThat(h.passage().text()).contains("17 procent"));
        }
    }

    @Test
    void aSourceThatLostMostDocumentsWritesNothingToTheStore() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String topic : new String[] {"ferie", "pension", "seniordage"}) {
            Files.writeString(corpus.resolve(topic + ".md"), "# " + topic + "\n\nOm " + topic + " i regionen.\n");
        }
        try (KnowledgeBase first = base(corpus)) {
            first.reload(p -> { });
        }
        Files.delete(corpus.resolve("ferie.md"));
        Files.delete(corpus.resolve("pension.md"));

        try (KnowledgeBase restarted = base(corpus)) {
            restarted.reload(p -> { });
            assertThat(restarted.ready()).isFalse();
            assertThat(restarted.notReadyReason()).get().asString().contains("only 1 of the 3 documents");
        }
        try (KnowledgeBase again = base(corpus)) {
            again.openStored(p -> { });
            assertThat(again.current().documents()).as("the store kept all three").hasSize(3);
        }
    }
}

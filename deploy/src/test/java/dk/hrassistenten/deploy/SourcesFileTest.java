package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.knowledge.source.DocumentSource;
import dk.hrassistenten.knowledge.source.FetchedDocuments;
import dk.hrassistenten.knowledge.source.SourceFactory;
import dk.hrassistenten.knowledge.source.SourceSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

    @TempDir
    Path base;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(base.resolve("haandbog"));
        Files.writeString(Files.createDirectories(base.resolve("referater")).resolve("ferie.md"), "# Ferie\n\nFerieåret starter 1. september.\n");
    }

    private List<SourceSet.Member> parse(String yaml, Map<String, SourceFactory> factories) throws IOException {
        return SourcesFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "sources.yaml", base, factories);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) {
        return assertThatThrownBy(() -> parse(yaml, SourceKinds.FACTORIES)).isInstanceOf(IOException.class);
    }

    /** A web source as a factory would make it, remembering the entry it was made from. */
    private record StubSource(String name, Map<String, Object> entry) implements DocumentSource {
        @Override
        public FetchedDocuments fetch(Consumer<String> progress) {
            return new FetchedDocuments(List.of(), List.of());
        }

        @Override
        public Duration interval() {
            return Duration.ofHours(1);
        }
    }

    @Test
    void aGoodFileListsEachSourceWithItsKindNameAndSchedule() throws Exception {
        List<SourceSet.Member> members = parse("""
                sources:
                  - name: personalehaandbog
                    folder: haandbog
                    rescan: 30s
                  - folder: referater
                  - name: intranet
                    web: https://intra.example.dk/hr/
                    interval: 1h
                """, Map.of("web", StubSource::new));

        assertThat(members).extracting(SourceSet.Member::kind).containsExactly("folder", "folder", "web");
        assertThat(members).extracting(m -> m.source().name()).containsExactly("personalehaandbog", "referater", "intranet");
        assertThat(members.get(0).source().interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(members.get(1).source().interval()).as("the default").isEqualTo(Duration.ofMinutes(5));
        assertThat(((StubSource) members.get(2).source()).entry()).containsEntry("web", "https://intra.example.dk/hr/").containsEntry("interval", "1h");
        assertThat(members.get(1).source().fetch(p -> { }).documents()).as("two folders: cited by their source's name")
                .singleElement().satisfies(d -> assertThat(d.text().path()).isEqualTo("referater/ferie.md"));
    }

    @Test
    void oneFolderIsCitedByItsPathInTheFolderAsWithCorpus() throws Exception {
        List<SourceSet.Member> members = parse("sources:\n  - folder: referater\n", SourceKinds.FACTORIES);
        assertThat(members.get(0).source().fetch(p -> { }).documents()).singleElement()
                .satisfies(d -> assertThat(d.text().path()).isEqualTo("ferie.md"));
    }

    @Test
    void eachKindOfMistakeNamesTheEntryAndWhatToFix() {
        refused("forums: []\n").hasMessageContaining("sources.yaml").hasMessageContaining("\"sources:\"");
        refused("sources: []\n").hasMessageContaining("\"sources:\"");
        refused("sources:\n  - /srv/hr\n").hasMessageContaining("source 1").hasMessageContaining("folder: /srv/hr-dokumenter");
        refused("sources:\n  - name: hr\n    rescan: 5m\n").hasMessageContaining("source 1 (hr)")
                .hasMessageContaining("\"folder:\", \"web:\" or \"sharepoint:\"");
        refused("sources:\n  - name: hr\n    folder: haandbog\n    web: https://intra.example.dk/\n").hasMessageContaining("source 1 (hr)")
                .hasMessageContaining("both \"folder:\" and \"web:\"");
        refused("sources:\n  - name: hr\n    folder: haandbog\n  - name: hr\n    folder: referater\n").hasMessageContaining("source 2 (hr)")
                .hasMessageContaining("also source 1's");
        refused("sources:\n  - folder: haandbog\n  - folder: other/haandbog\n").hasMessageContaining("source 2 (haandbog)")
                .hasMessageContaining("\"name\" of its own");
        refused("sources:\n  - name: hr bibliotek\n    folder: haandbog\n").hasMessageContaining("\"hr bibliotek\"").hasMessageContaining("letters, digits");
        refused("sources:\n  - name: hr\n    folder: mangler\n").hasMessageContaining("source 1 (hr)").hasMessageContaining("does not exist");
        refused("sources:\n  - name: hr\n    folder: {path: haandbog}\n").hasMessageContaining("\"folder\" must be the path of a folder");
        refused("sources:\n  - name: hr\n    folder: haandbog\n    rescan: 300\n").hasMessageContaining("source 1 (hr)")
                .hasMessageContaining("\"rescan\" must be a time such as").hasMessageContaining("5m");
        refused("sources:\n  - name: hr\n    folder: haandbog\n    rescan: 1s\n").hasMessageContaining("at least 10s");
        refused("sources:\n  - name: hr\n    folder: haandbog\n    interval: 5m\n").hasMessageContaining("\"interval\" is not a folder setting")
                .hasMessageContaining("\"rescan\"");
        refused("sources:\n  - name: intranet\n    web: https://intra.example.dk/\n    depth: 3\n").hasMessageContaining("source 1 (intranet)")
                .hasMessageContaining("unknown field").hasMessageContaining("max-depth");
        refused("sources:\n  - sharepoint: {site: example.sharepoint.com, library: Dokumenter}\n").hasMessageContaining("source 1 (sharepoint)")
                .hasMessageContaining("tenant");
        refused("sources:\n  - folder: haandbog\n   rescan: 5m\n").hasMessageContaining("not valid YAML").hasMessageContaining("line ");
    }

    @Test
    void aFactorysOwnRefusalIsNamedWithTheEntry() {
        SourceFactory strict = (name, entry) -> {
            throw new IllegalArgumentException("\"web\" must be an https address");
        };
        assertThatThrownBy(() -> parse("sources:\n  - name: intranet\n    web: ftp://intra\n", Map.of("web", strict)))
                .hasMessage("sources.yaml, source 1 (intranet): \"web\" must be an https address");
    }
}

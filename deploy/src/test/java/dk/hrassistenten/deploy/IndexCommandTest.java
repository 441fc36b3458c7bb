package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.source.SourceStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexCommandTest {

    @Test
    void theReportStartsWithEverySourcesStateAndDocuments() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Instant earlier = Instant.parse("2026-12-01T08:00:00Z");
        IndexCommand.printSources(new PrintStream(bytes, true, StandardCharsets.UTF_8), List.of(
                new SourceStatus("personalehaandbog", "folder", false, null, 120, 2, earlier),
                new SourceStatus("intranet", "web", true, "connection refused", 40, 0, earlier)));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Sources: 2, 1 failing",
                "  personalehaandbog (folder): ok, 120 documents, 2 skipped (listed below)",
                "  intranet (web): FAILING: connection refused, 40 documents",
                "");
    }
}

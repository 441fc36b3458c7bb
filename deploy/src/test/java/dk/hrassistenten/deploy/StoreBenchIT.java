package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored index's benchmark on the sample corpus: it prints its figures, and each changed document was found. */
class StoreBenchIT {

    @Test
    void printsRestartAndOneDocumentTimesAndFindsEachChange() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            StoreBench.run(TestServer.sampleCorpus(), List.of("Hvem håndterer løn?", "hjælp"), 20, out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("restart ready in \\d+ ms without reading a document, heap \\d+ MiB")
                .containsPattern("changed \\d+ ms, added \\d+ ms, removed \\d+ ms; unit directory")
                .doesNotContain("NOT FOUND");
    }
}

package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /kilde} over real HTTP: it shows indexed documents and nothing else, however the path is written. */
class SourceServletIT {

    private static final String SECRET = "Adgangskoden til lønsystemet er hunter2.";

    @Test
    void servesOnlyIndexedDocumentsNeverALinkOutsideATraversalOrAFileAddedSince(@TempDir Path corpus, @TempDir Path outside) throws Exception {
        TestServer.writeCycleMinutes(corpus);
        Files.writeString(outside.resolve("hemmelig.md"), "# Adgangskoder\n\n" + SECRET + "\n");
        Files.createSymbolicLink(corpus.resolve("hemmelig.md"), outside.resolve("hemmelig.md"));
        Files.createSymbolicLink(corpus.resolve("passwd.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(corpus.resolve("delt"), outside);
        try (TestServer server = new TestServer(corpus, true)) {
            assertThat(server.get("/kilde?path=cykel.md").body()).contains("Cykelordningen træder i kraft");

            String outsideName = outside.getFileName().toString();
            for (String path : new String[] {"hemmelig.md", "passwd.md", "delt/hemmelig.md", "../" + outsideName + "/hemmelig.md",
                    outside.resolve("hemmelig.md").toString(), "/etc/passwd", "../../../../etc/passwd", "./cykel.md/../hemmelig.md"}) {
                HttpResponse<String> source = server.get("/kilde?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
                assertThat(source.statusCode()).as(path).isEqualTo(404);
                assertThat(source.body()).as(path).doesNotContain("hunter2").doesNotContain("root:");
            }
            HttpResponse<String> answer = server.post("/api/chat", "{\"text\": \"Hvad er adgangskoden til lønsystemet?\"}");
            assertThat(answer.body()).doesNotContain("hunter2").doesNotContain("hemmelig.md");

            Files.writeString(corpus.resolve("ny.md"), "# Nyt\n\nTilføjet efter indekseringen.\n");
            assertThat(server.get("/kilde?path=ny.md").statusCode()).as("a file added since the index was built").isEqualTo(404);
        }
    }
}

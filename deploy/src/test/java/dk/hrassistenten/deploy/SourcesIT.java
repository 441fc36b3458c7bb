package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar with {@code --sources}: documents from two folders, a folder that goes away, and the index report. */
class SourcesIT {

    private static final Path JAR = Path.of("target/hr-assistant.jar");
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private Path sources;

    @BeforeEach
    void twoFolders() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("haandbog")).resolve("ferie.md"),
                "# Ferie\n\nFerieåret starter 1. september og slutter 31. august.\n");
        Files.writeString(Files.createDirectories(dir.resolve("referater")).resolve("ferie.md"),
                "# Referat Personaleudvalget d. 12-03-2026\n\n## Punkt 1: Cykelordning\n\n### Beslutning\n\n"
                        + "Cykelordningen træder i kraft den 1. august 2026.\n");
        sources = Files.writeString(dir.resolve("sources.yaml"), """
                sources:
                  - name: personalehaandbog
                    folder: haandbog
                  - name: referater
                    folder: referater
                    rescan: 10s
                """);
    }

    private static List<String> java(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void questionsAreAnsweredFromBothFoldersAndAFolderThatGoesAwayIsReportedWhileItsDocumentsStillAnswer() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Process p = serve(sources, lines);
        try {
            String base = baseUrl(lines);
            JsonNode ready = await(() -> readyz(base), r -> r.get("ready").asBoolean());
            assertThat(ready.at("/index/documents").asInt()).isEqualTo(2);

            JsonNode vacation = ask(base, "Hvornår starter ferieåret?");
            assertThat(vacation.get("kind").asText()).isEqualTo("answer");
            assertThat(vacation.at("/sources/0/path").asText()).isEqualTo("personalehaandbog/ferie.md");
            JsonNode bicycles = ask(base, "Hvornår træder cykelordningen i kraft?");
            assertThat(bicycles.get("kind").asText()).isEqualTo("answer");
            assertThat(bicycles.at("/sources/0/path").asText()).isEqualTo("referater/ferie.md");

            Files.delete(dir.resolve("referater/ferie.md"));
            Files.delete(dir.resolve("referater")); // the volume went away
            JsonNode failing = await(() -> readyz(base), r -> r.at("/sources/1/failing").asBoolean());
            assertThat(failing.get("ready").asBoolean()).as("its last good documents keep answering").isTrue();
            assertThat(failing.at("/sources/1/name").asText()).isEqualTo("referater");
            assertThat(failing.at("/sources/1/reason").asText()).contains("cannot be read").doesNotContain(dir.toString());
            assertThat(failing.at("/sources/1/documents").asInt()).isEqualTo(1);
            assertThat(failing.at("/sources/0/failing").asBoolean()).isFalse();
            assertThat(ask(base, "Hvornår træder cykelordningen i kraft?").at("/sources/0/path").asText()).isEqualTo("referater/ferie.md");

            String metrics = get(base + "/metrics");
            assertThat(metrics).contains("hr_assistant_source_failing{kind=\"folder\",source=\"referater\"} 1.0")
                    .contains("hr_assistant_source_failing{kind=\"folder\",source=\"personalehaandbog\"} 0.0")
                    .contains("hr_assistant_source_documents{kind=\"folder\",source=\"referater\"} 1.0")
                    .containsPattern("hr_assistant_source_last_success_age_seconds\\{kind=\"folder\",source=\"referater\"} \\d");
            assertThat(awaitLine(lines, "source referater (folder) failing")).contains("its last 1 documents keep answering");

            Files.createDirectories(dir.resolve("haandbog/ny"));
            Files.writeString(dir.resolve("haandbog/ny/pension.md"), "# Pension\n\nPensionsbidraget er 15 procent af lønnen.\n");
            JsonNode pension = await(() -> ask(base, "Hvor stort er pensionsbidraget?"), r -> r.get("kind").asText().equals("answer"));
            assertThat(pension.at("/sources/0/path").asText()).as("the other folder keeps updating").isEqualTo("personalehaandbog/ny/pension.md");
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void indexReportsEverySourceFirstAndABadSourcesFileStopsTheStartNamingTheEntry() throws Exception {
        Process index = new ProcessBuilder(java("index", "--details", "--sources", sources.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(index.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(index.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(index.exitValue()).as(out).isZero();
        assertThat(out).contains("Sources: 2\n  personalehaandbog (folder): ok, 1 documents\n  referater (folder): ok, 1 documents\n")
                .contains("personalehaandbog/ferie.md\n").contains("referater/ferie.md\n");

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "sources:\n  - name: intranet\n    web: https://intra.example.dk/hr/\n    depth: 3\n");
        Process serve = new ProcessBuilder(java("serve", "--sources", bad.toString(), "--data", dir.resolve("data").toString(), "--port", "0")).start();
        String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isEqualTo(2);
        assertThat(err).contains("source 1 (intranet)").contains("unknown field").contains("--sources").doesNotContain("\tat ");
    }

    @Test
    void aWebSiteBesideAFolderAnswersWithItsPagesCitedByTheirAddress() throws Exception {
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String page = switch (path) {
                case "/hr/" -> "<html><head><title>HR</title></head><body><nav><a href=\"/hr/\">Forside</a></nav><main><h1>HR</h1>"
                        + "<p><a href=\"pension.html\">Pension</a></p></main></body></html>";
                case "/hr/pension.html" -> "<html><head><title>Pension | Intranet</title></head><body><main><h1>Pension</h1>"
                        + "<p>Pensionsbidraget er 15 procent af lønnen.</p></main></body></html>";
                default -> null;
            };
            byte[] body = (page == null ? "ikke fundet" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        String start = "http://127.0.0.1:" + site.getAddress().getPort() + "/hr/";
        Path both = Files.writeString(dir.resolve("both.yaml"), "sources:\n  - name: personalehaandbog\n    folder: haandbog\n"
                + "  - name: intranet\n    web: " + start + "\n    delay: 0\n");
        List<String> lines = new CopyOnWriteArrayList<>();
        Process p = serve(both, lines);
        try {
            String base = baseUrl(lines);
            JsonNode ready = await(() -> readyz(base), r -> r.get("ready").asBoolean());
            assertThat(ready.at("/sources/1/kind").asText()).isEqualTo("web");
            assertThat(ready.at("/sources/1/documents").asInt()).isEqualTo(2);

            JsonNode pension = ask(base, "Hvor stort er pensionsbidraget?");
            assertThat(pension.get("kind").asText()).isEqualTo("answer");
            assertThat(pension.get("text").asText()).contains("15 procent");
            assertThat(pension.at("/sources/0/path").asText()).isEqualTo(start + "pension.html");
            assertThat(ask(base, "Hvornår starter ferieåret?").at("/sources/0/path").asText())
                    .as("the one folder's documents are cited by their path in it, as with --corpus").isEqualTo("ferie.md");
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
            site.stop(0);
        }
    }

    /** The jar serving the sources file on a free port, its output lines collected into {@code lines}. */
    private Process serve(Path sourcesFile, List<String> lines) throws Exception {
        Process p = new ProcessBuilder(java("serve", "--sources", sourcesFile.toString(), "--data", dir.resolve("data").toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    /** Where the served jar listens, once it says so. */
    private static String baseUrl(List<String> lines) throws Exception {
        String listening = awaitLine(lines, "listens on http://");
        return "http://127.0.0.1:" + listening.replaceAll(".*listens on http://[^:]+:(\\d+)/.*", "$1");
    }

    private JsonNode readyz(String base) throws Exception {
        return ReplyJson.mapper().readTree(get(base + "/readyz"));
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private JsonNode ask(String base, String question) throws Exception {
        String body = ReplyJson.mapper().createObjectNode().put("text", question).toString();
        return ReplyJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private interface Call {
        JsonNode get() throws Exception;
    }

    private static JsonNode await(Call call, Predicate<JsonNode> done) throws Exception {
        JsonNode last = null;
        for (int i = 0; i < 120 && (last == null || !done.test(last)); i++) {
            if (last != null) {
                Thread.sleep(250);
            }
            last = call.get();
        }
        assertThat(done.test(last)).as(String.valueOf(last)).isTrue();
        return last;
    }

    private static String awaitLine(List<String> lines, String text) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            for (String line : lines) {
                if (line.contains(text)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line with \"" + text + "\" in:\n" + String.join("\n", lines));
    }
}

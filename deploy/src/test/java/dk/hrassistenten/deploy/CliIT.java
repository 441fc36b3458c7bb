package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar as a person runs it: {@code java -jar deploy/target/hr-assistant.jar …}. */
class CliIT {

    private static final Path JAR = Path.of("target/hr-assistant.jar");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        return run(java.util.Map.of(), stdin, args);
    }

    private static Run run(java.util.Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void chatJsonAnswersOneJsonLinePerInputLineInOrder() throws Exception {
        Run run = run("hjælp\nHvem håndterer HR-rådgivning i whistleblower-sager?\nHvad koster en parkeringslicens ved Regionshuset?\n",
                "chat", "--json", "--corpus", TestServer.sampleCorpus().toString(), "--data", "target/cli-data");
        assertThat(run.exit()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        List<String> kinds = new ArrayList<>();
        for (String line : lines) {
            JsonNode reply = ReplyJson.mapper().readTree(line);
            kinds.add(reply.get("kind").asText());
        }
        assertThat(kinds).containsExactly("help", "unit", "not_found");
        assertThat(run.err()).doesNotContain("whistleblower").doesNotContain("parkeringslicens"); // no question text in logs
    }

    @Test
    void agendaItemsSurviveARestart(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        String corpus = TestServer.sampleCorpus().toString();
        Run first = run("/dagsorden tilføj forum=\"HMU Eksempel\" dato=2099-12-10 titel=\"Orientering om vikarer\"\n",
                "chat", "--json", "--corpus", corpus, "--data", data.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(ReplyJson.mapper().readTree(first.out().strip()).get("kind").asText()).isEqualTo("agenda");

        Run second = run("/dagsorden vis forum=\"HMU Eksempel\" dato=2099-12-10\n", "chat", "--json", "--corpus", corpus, "--data", data.toString());
        JsonNode listed = ReplyJson.mapper().readTree(second.out().strip());
        assertThat(listed.at("/agenda/items/0/title").asText()).isEqualTo("Orientering om vikarer");
        assertThat(listed.at("/agenda/items/0/start").asText()).isEqualTo("14:00");
    }

    @Test
    void aSecondChatRunsCommandsAreNotTakenForTheFirstRunsLines(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        String corpus = TestServer.sampleCorpus().toString();
        String add = "/dagsorden tilføj forum=HMU dato=2099-12-10 titel=%s\n";
        Run first = run(add.formatted("Første") + add.formatted("Anden"), "chat", "--json", "--corpus", corpus, "--data", data.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        long second = ReplyJson.mapper().readTree(first.out().strip().split("\n")[1]).at("/agenda/id").asLong();

        Run next = run("/dagsorden flyt id=" + second + " position=1\n", "chat", "--json", "--corpus", corpus, "--data", data.toString());
        JsonNode moved = ReplyJson.mapper().readTree(next.out().strip());
        assertThat(moved.get("text").asText()).startsWith("Flyttet til punkt 1").doesNotContain("allerede behandlet");
        assertThat(moved.at("/agenda/title").asText()).isEqualTo("Anden");
    }

    @Test
    void evalPrintsTheScoreLast() throws Exception {
        Path dev = TestServer.sampleCorpus().resolveSibling("eval/dev.jsonl");
        Run run = run("", "eval", "--corpus", TestServer.sampleCorpus().toString(), dev.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("score: \\d+/\\d+");
    }

    /** Weights chosen over two corpora at once: the objective counts the cases of both. */
    @Test
    void tuneChoosesOverEveryCorpusItIsGiven(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path dev = TestServer.sampleCorpus().resolveSibling("eval/dev.jsonl");
        Path more = dir.resolve("more.jsonl");
        java.nio.file.Files.writeString(more, """
                {"id": "m-1", "question": "Hvad koster en parkeringslicens på månen?", "expect": {"kind": "not_found"}}
                {"id": "m-2", "question": "Hvor mange uger har man til at holde sin ferie på Pluto?", "expect": {"kind": "not_found"}}
                """);
        Run run = run("", "tune", "--rounds", "1", "--corpus", TestServer.sampleCorpus().toString(), dev.toString(),
                "--set", TestServer.fixture("mixed") + "=" + more);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("shipped +\\d+/20 ").contains("and [" + more + "]").contains("minCoverage=");
    }

    @Test
    void indexPrintsASummaryAndWithDetailsTheDocumentsAndUnits() throws Exception {
        Run summary = run("", "index", "--corpus", TestServer.sampleCorpus().toString());
        assertThat(summary.exit()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("Indexed ").contains("Sources: 1").containsPattern("Units: [1-9]").contains("--details")
                .doesNotContain("reports to:");
        Run details = run("", "index", "--details", "--corpus", TestServer.sampleCorpus().toString());
        assertThat(details.exit()).as(details.err()).isZero();
        assertThat(details.out()).contains("Indexed ").contains("Units").contains("reports to:").contains("title: ");
    }

    @Test
    void indexReadsTheDocumentsAloneNotTheSettingsOfTheServiceOrItsStore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // A half Slack configuration and a mistyped JDBC URL stop serve, but index uses neither.
        Run run = run(java.util.Map.of("SLACK_SIGNING_SECRET", "only-half", "HR_ASSISTANT_DB_URL", "jdbc:postgresq://x/y",
                "HR_ASSISTANT_DATA", dir.resolve("not-created").toString()), "", "index", "--corpus", TestServer.fixture("mixed").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Indexed 2 documents");
        assertThat(dir.resolve("not-created")).as("no data folder made for a command that stores nothing").doesNotExist();
    }

    @Test
    void aPersonChattingEndsWithExitAndSeesNoLogLinesInTheConversation() throws Exception {
        Path data = Files.createTempDirectory("cli-chat");
        Run run = run("Hvornår træder cykelordningen i kraft?\nexit\nhjælp\n", "chat", "--corpus", TestServer.fixture("mixed").toString(),
                "--data", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1. august 2026").as("nothing after exit is answered").doesNotContain("/hvem");
        assertThat(run.err()).as("the log went to the file").doesNotContain("INFO");
        assertThat(Files.readString(data.resolve("chat.log"))).contains("indexed 2 documents");
        assertThat(run("QUIT\nhjælp\n", "chat", "--corpus", TestServer.fixture("mixed").toString(), "--data", data.toString()).out())
                .doesNotContain("/hvem");
    }

    @Test
    void aPersonAtATerminalRecallsTheLastQuestionWithUpAndSeesRepliesLaidOutForIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux's script gives the chat a terminal");
        Path data = Files.createTempDirectory("cli-tty");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // script runs the chat on a pseudo-terminal of its own, as a person's terminal would, 120 columns wide.
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qefc", "stty cols 120 rows 40; " + java + " -jar " + JAR
                + " chat --corpus " + TestServer.fixture("mixed") + " --data " + data, "/dev/null").redirectErrorStream(true);
        builder.environment().put("TERM", "xterm-256color");
        Process p = builder.start();
        StringBuffer screen = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var in = new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    screen.append(buffer, 0, n);
                }
            } catch (java.io.IOException e) {
                // the chat ended
            }
        });
        reader.start();
        try (OutputStream keys = p.getOutputStream()) {
            awaitPrompts(screen, 1);
            keys.write("Hvornår træder cykelordningen i kraft?\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            awaitPrompts(screen, 2);
            keys.write("\u001bOA\r".getBytes(StandardCharsets.UTF_8)); // Up (in the application cursor mode JLine sets), Enter
            keys.flush();
            awaitPrompts(screen, 3);
            keys.write("exit\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(screen.toString()).isTrue();
        reader.join(5000);
        String seen = screen.toString();
        assertThat(seen.split("  │ Ordningen træder i kraft den 1. august 2026", -1)).as(seen).hasSize(3);
        assertThat(seen.split("> Hvornår træder cykelordningen i kraft\\?", -1)).as("typed, then recalled with Up").hasSize(3);
        assertThat(seen).as("no Markdown marks, one list of sources").doesNotContain("> Cykelordningen").doesNotContain("**")
                .doesNotContain("Kilde: Referat").contains("(12. marts 2026");
        assertThat(p.exitValue()).isZero();
    }

    /** Waits until the chat has asked for a line this many times (JLine turns bracketed paste on for each). */
    private static void awaitPrompts(StringBuffer screen, int prompts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (screen.toString().split("\u001b\\[\\?2004h> ", -1).length - 1 < prompts) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no prompt " + prompts + " in:\n" + screen);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aMissingCorpusFolderStopsTheStartWithAClearMessage() throws Exception {
        Run run = run("", "serve", "--corpus", "does/not/exist", "--port", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist").contains("--corpus").doesNotContain("Exception");
        Run badForums = run("", "chat", "--json", "--corpus", TestServer.sampleCorpus().toString(), "--forums", "nope.yaml");
        assertThat(badForums.exit()).isEqualTo(2);
        assertThat(badForums.err()).contains("forums file");
    }

    @Test
    void aHalfTeamsConfigurationStopsTheStartWithAClearMessage() throws Exception {
        String corpus = TestServer.sampleCorpus().toString();
        Run passwordOnly = run(java.util.Map.of("MICROSOFT_APP_PASSWORD", "s3cret-value"), "", "serve", "--corpus", corpus, "--port", "0");
        assertThat(passwordOnly.exit()).isEqualTo(2);
        assertThat(passwordOnly.err()).contains("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not").doesNotContain("s3cret-value")
                .doesNotContain("Exception");
        Run idOnly = run(java.util.Map.of("MICROSOFT_APP_ID", "11111111-2222-3333-4444-555555555555"), "", "serve", "--corpus", corpus, "--port", "0");
        assertThat(idOnly.exit()).isEqualTo(2);
        assertThat(idOnly.err()).contains("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not");
    }

    /** One line for a person: what to fix, no stack trace, no exception class names. */
    private static void assertOneClearLine(Run run) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).as(run.err()).startsWith("hr-assistant: ").doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aMistypedJdbcUrlStopsTheStartWithOneLineNamingTheSettingAndNotThePassword() throws Exception {
        Run run = run("", "serve", "--corpus", TestServer.sampleCorpus().toString(), "--port", "0",
                "--db", "jdbc:postgresq://127.0.0.1:5432/test?user=postgres&password=s3cret-value");
        assertOneClearLine(run);
        assertThat(run.err()).contains("--db (HR_ASSISTANT_DB_URL)").contains("\"jdbc:postgresq:\"").contains("jdbc:postgresql://")
                .doesNotContain("s3cret-value");
    }

    @Test
    void aBotTokenSlackRefusesStopsTheStartWithOneLine() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            Run run = run(java.util.Map.of("SLACK_BOT_TOKEN", FakeSlackApi.REVOKED_TOKEN, "SLACK_SIGNING_SECRET", "signing-secret",
                    "SLACK_API_URL", slack.apiUrl()), "", "serve", "--corpus", TestServer.sampleCorpus().toString(), "--port", "0");
            assertOneClearLine(run);
            assertThat(run.err()).contains("Slack refused SLACK_BOT_TOKEN (invalid_auth)").contains("OAuth & Permissions");
            assertThat(slack.calls("auth.test")).hasSize(1);
        }
        Run userToken = run(java.util.Map.of("SLACK_BOT_TOKEN", "xoxp-a-user-token", "SLACK_SIGNING_SECRET", "signing-secret"), "",
                "serve", "--corpus", TestServer.sampleCorpus().toString(), "--port", "0");
        assertOneClearLine(userToken);
        assertThat(userToken.err()).contains("SLACK_BOT_TOKEN must be the app's bot token, which starts with xoxb-").doesNotContain("a-user-token");
    }

    @Test
    void aForumsFileWithAYamlSyntaxErrorIsNamedWithItsLineAndTheTraceComesOnlyAtDebug(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path forums = Files.writeString(dir.resolve("forums.yaml"), "forums:\n  - name: HMU\n    secretaries: [U1\n    starts: \"14:00\"\n");
        String[] args = {"serve", "--corpus", TestServer.sampleCorpus().toString(), "--port", "0", "--data", dir.resolve("data").toString(),
                "--forums", forums.toString()};
        Run run = run("", args);
        assertOneClearLine(run);
        assertThat(run.err()).contains("The forums file cannot be used: " + forums + " is not valid YAML: line 4, column ")
                .contains("expected ',' or ']'").contains("--forums (HR_ASSISTANT_FORUMS)").doesNotContain("reader").doesNotContain("Source");
        Run debug = run(java.util.Map.of("HR_ASSISTANT_LOG_LEVEL", "DEBUG"), "", args);
        assertThat(debug.exit()).isEqualTo(2);
        assertThat(debug.err()).contains("\tat dk.hrassistenten.bot.config.YamlFile");
    }

    @Test
    void unansweredAndPrivacyReadTheStoreAloneWithoutACorpus(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        assertThat(Path.of("corpus")).as("no default corpus folder where the test runs").doesNotExist();
        Run unanswered = run("", "unanswered", "--data", data.toString());
        assertThat(unanswered.exit()).as(unanswered.err()).isZero();
        assertThat(unanswered.out()).contains("Most frequent unanswered questions");
        Run export = run("", "privacy", "export", "--user", "U0123ABC", "--data", data.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(ReplyJson.mapper().readTree(export.out()).isObject()).isTrue();
        Run refused = run("", "unanswered", "--corpus", "x");
        assertThat(refused.exit()).as("an option it does not use is refused, not silently ignored").isEqualTo(2);
        assertThat(refused.err()).contains("Unknown option").contains("'--corpus'");
    }

    @Test
    void anUnreachableStoreIsReportedAtStartAndByReadyzWhileQuestionsAreStillAnswered(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "serve",
                "--corpus", TestServer.fixture("mixed").toString(), "--data", data.toString(), "--port", "0",
                "--db", "jdbc:postgresql://127.0.0.1:9/test?user=postgres&connectTimeout=1");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        try {
            String unreachable = awaitLine(lines, "the store cannot be reached");
            String listening = awaitLine(lines, "listens on http://");
            assertThat(lines.indexOf(unreachable)).as("reported before the service listens, not at the first agenda command")
                    .isLessThan(lines.indexOf(listening));
            int port = Integer.parseInt(listening.replaceAll(".*listens on http://[^:]+:(\\d+)/.*", "$1"));
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            JsonNode ready = null;
            for (int i = 0; i < 120 && (ready == null || !ready.get("ready").asBoolean()); i++) {
                Thread.sleep(500);
                ready = ReplyJson.mapper().readTree(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/readyz"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            }
            assertThat(ready.get("ready").asBoolean()).as("questions need no store").isTrue();
            assertThat(ready.at("/store/reachable").asBoolean()).isFalse();
            assertThat(ready.at("/store/reason").asText()).contains("does not answer");
            assertThat(String.join("\n", lines)).doesNotContain("\tat ");
        } finally {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
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

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

    @Test
    void indexPrintsDocumentsAndUnits() throws Exception {
        Run run = run("", "index", "--corpus", TestServer.sampleCorpus().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Indexed ").contains("Units").contains("reports to:");
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
}

package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web chat in a real browser: headless Chromium loads the page, the page asks a question (the
 * {@code ?q=} link), and the rendered DOM shows the reply with its sources.
 */
class WebChatBrowserIT {

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(TestServer.fixture("mixed"), true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String renderedDom(String query) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        String url = server.uri("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString();
        Process chromium = new ProcessBuilder(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return dom;
    }

    private static String chromium() {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chromium is not installed: .ci/run installs Debian's chromium package.");
    }

    @Test
    void aQuestionAskedInThePageShowsTheAnswerAndItsSourceLinks() throws Exception {
        String dom = renderedDom("Hvornår træder cykelordningen i kraft?");
        assertThat(dom).contains("class=\"msg user\"").contains("Hvornår træder cykelordningen i kraft?");
        assertThat(dom).contains("class=\"msg bot answer\"").contains("1. august 2026");
        assertThat(dom).contains("href=\"/kilde?path=minutes.md");
    }

    @Test
    void markupInAReplyIsShownAsTextNeverRun() throws Exception {
        String dom = renderedDom("<img src=x onerror=alert(1)> <b>hej</b>");
        assertThat(dom).doesNotContain("<img src=\"x\"").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}

package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.reply.ReplyJson;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core (the npm package, run inside headless Chromium) finds no violation of WCAG 2.1 A/AA or its best practices on
 * the web chat (empty, with suggestions and a proposal waiting, and after replies of every kind), the accessibility
 * statement and HR's view, at a desktop's and a phone's width. Screenshots of each are kept in
 * {@code target/screenshots}.
 */
class WebAccessibilityIT {

    private static final int[][] SIZES = {{1280, 900}, {390, 844}};
    private static final String BOT_MESSAGES = "document.querySelectorAll('#log .msg.bot:not(.suggestions)')";
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.localTrial(TestServer.sampleCorpus(), null);
        // What HR's view shows: questions answered and not, and a 👎.
        for (String question : new String[] {"Hvad koster en parkeringslicens?", "Hvad koster en parkeringslicens", "Må jeg tage min hund med på arbejde?"}) {
            server.post("/api/chat", "{\"user\": \"u1\", \"text\": \"" + question + "\"}");
        }
        String unit = ReplyJson.mapper().readTree(server.post("/api/chat", "{\"user\": \"u1\", \"text\": \"Hvem håndterer lønforhandling?\"}").body())
                .get("id").asText();
        server.post("/api/chat", "{\"user\": \"u1\", \"action\": {\"type\": \"feedback\", \"helpful\": false, \"kind\": \"unit\", \"reply\": \""
                + unit + "\"}}");
        // An agenda with an item, shown as a table.
        server.post("/api/chat", "{\"user\": \"sek\", \"text\": \"dagsorden tilføj forum=HMU dato=" + LocalDate.now().plusDays(30)
                + " titel=Budget indstilling=\\\"At budgettet godkendes\\\" bilag=Budget.pdf\"}");
        // A proposal waiting for a decision; the example forums let anyone in a trial decide, so the page offers it.
        server.post("/api/chat", "{\"user\": \"anne\", \"text\": \"dagsorden foreslå forum=HMU dato=" + LocalDate.now().plusDays(30)
                + " titel=\\\"Trivselsmåling\\\"\"}");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void ask(Browser browser, String question) throws Exception {
        int before = browser.eval(BOT_MESSAGES + ".length").asInt();
        browser.eval("document.getElementById('q').focus()");
        browser.typeAndEnter(question);
        browser.waitFor(BOT_MESSAGES + ".length > " + before + " && !document.querySelector('.msg.waiting')");
    }

    @Test
    void theChatHasNoViolationsEmptyOrWithRepliesOfEveryKind() throws Exception {
        for (int[] size : SIZES) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.navigate(server.uri("/"));
                browser.waitFor("document.querySelector('.suggestions button') && document.querySelector('.decide button')");
                browser.screenshot("chat-empty-" + size[0]);
                assertThat(browser.axeViolations()).as("the empty chat at " + size[0] + " px").isEmpty();

                for (String question : new String[] {"hjælp", "dagsorden forslag", "Hvem håndterer lønforhandling?", "Hvornår præsenteres det metodiske fundament?",
                        "Hvad koster en parkeringslicens?", "dagsorden vis forum=HMU dato=" + LocalDate.now().plusDays(30),
                        "dagsorden eksport forum=HMU dato=" + LocalDate.now().plusDays(30), "dagsorden vis forum=Ukendt dato=2099-01-01"}) {
                    ask(browser, question);
                }
                browser.eval("document.querySelector('.msg.bot.unit .feedback button').click()");
                browser.waitFor("document.querySelector('.msg.bot.unit .feedback .thanks').textContent !== ''");
                browser.screenshot("chat-replies-" + size[0]);
                assertThat(browser.eval("document.querySelectorAll('table.agenda td').length").asInt()).as("the agenda as a table").isPositive();
                assertThat(browser.eval("Array.from(" + BOT_MESSAGES + ").map(m => m.className).join(' ')").asText())
                        .contains("answer", "unit", "not_found", "help", "agenda", "error");
                assertThat(browser.axeViolations()).as("the chat with replies at " + size[0] + " px").isEmpty();
            }
        }
    }

    @Test
    void theAccessibilityStatementHasNoViolationsAndTheChatLinksToIt() throws Exception {
        for (int[] size : SIZES) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.navigate(server.uri("/"));
                assertThat(browser.eval("document.querySelector('header a[href=\"/tilgaengelighed\"]').textContent").asText())
                        .isEqualTo("Tilgængelighedserklæring");
                browser.navigate(server.uri("/tilgaengelighed"));
                assertThat(browser.eval("document.querySelector('h1').textContent").asText()).isEqualTo("Tilgængelighedserklæring for HR-assistenten");
                assertThat(browser.eval("document.body.innerText").asText()).contains("Overholdelsesstatus", "Feedback og kontaktoplysninger",
                        "Håndhævelse", "Digitaliseringsstyrelsen");
                browser.screenshot("statement-" + size[0]);
                assertThat(browser.axeViolations()).as("the statement at " + size[0] + " px").isEmpty();
            }
        }
    }

    @Test
    void hrsViewHasNoViolations() throws Exception {
        for (int[] size : SIZES) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.navigate(server.uri("/admin"));
                assertThat(browser.eval("document.querySelectorAll('figure.chart').length").asInt()).isEqualTo(2);
                assertThat(browser.eval("document.querySelector('#dislike-replies tbody').innerText").asText()).as("a 👎 with its question and reply")
                        .contains("Hvem håndterer lønforhandling?").contains("Løn, Personale og Systemoptimering");
                browser.screenshot("admin-" + size[0]);
                assertThat(browser.axeViolations()).as("/admin at " + size[0] + " px").isEmpty();
                assertThat(browser.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
                        .as("nothing wider than the screen at " + size[0] + " px").isTrue();
            }
        }
    }
}

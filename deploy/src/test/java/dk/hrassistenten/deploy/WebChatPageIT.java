package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web chat as a person uses it, in headless Chromium driven over the DevTools protocol: typing, follow-up
 * questions in one tab, reloading, recalling a question. Answers come from the sample corpus.
 */
class WebChatPageIT {

    private static final String BOT_MESSAGES = "document.querySelectorAll('#log .msg.bot')";

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.localTrial(TestServer.sampleCorpus(), null);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Types a question and waits for its answer, the page's newest message. */
    private static void ask(Browser browser, String question) throws Exception {
        int before = browser.eval(BOT_MESSAGES + ".length").asInt();
        browser.typeAndEnter(question);
        browser.waitFor(BOT_MESSAGES + ".length > " + before);
    }

    private static String lastAnswer(Browser browser) throws Exception {
        return browser.eval("Array.from(" + BOT_MESSAGES + ").pop().innerText").asText();
    }

    @Test
    void aFollowUpInTheSameTabContinuesTheConversationAndTheTabKeepsItAcrossAReload() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.navigate(server.uri("/"));
            ask(browser, "Hvem håndterer lønforhandling?");
            assertThat(lastAnswer(browser)).contains("Løn, Personale og Systemoptimering");
            ask(browser, "og hvem leder den?");
            assertThat(lastAnswer(browser)).as("the unit of the previous answer").contains("Løn, Personale og Systemoptimering").contains("kontorchef");

            browser.reload();
            browser.waitFor(BOT_MESSAGES + ".length === 3");
            assertThat(browser.eval("Array.from(document.querySelectorAll('#log .msg.user')).map(m => m.innerText).join('|')").asText())
                    .isEqualTo("Hvem håndterer lønforhandling?|og hvem leder den?");
            assertThat(lastAnswer(browser)).contains("kontorchef");

            browser.eval("document.getElementById('q').focus()");
            browser.press("ArrowUp", 38);
            assertThat(browser.eval("document.getElementById('q').value").asText()).isEqualTo("og hvem leder den?");
        }
    }

    @Test
    void anotherTabIsAnotherConversation() throws Exception {
        try (Browser first = Browser.open(1280, 900); Browser second = Browser.open(1280, 900)) {
            first.navigate(server.uri("/"));
            ask(first, "Hvem håndterer lønforhandling?");
            second.navigate(server.uri("/"));
            ask(second, "og hvem leder den?");
            assertThat(lastAnswer(second)).doesNotContain("Løn, Personale og Systemoptimering");
            assertThat(second.eval("document.querySelectorAll('#log .msg.user').length").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anAnswerNamesItsSourcesOnceAsAListWithDanishDates() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.navigate(server.uri("/"));
            ask(browser, "Hvor mange personalepolitikker har Region Nordjylland?");
            String last = "Array.from(" + BOT_MESSAGES + ").pop()";
            assertThat(browser.eval(last + ".className").asText()).isEqualTo("msg bot answer");
            assertThat(browser.eval(last + ".querySelectorAll('.sources ul').length").asInt()).as("one list").isEqualTo(1);
            assertThat(browser.eval(last + ".querySelectorAll('.sources li').length").asInt()).isGreaterThan(1);
            assertThat(lastAnswer(browser)).doesNotContain("Kilde:").doesNotContain("Se også:").doesNotContain("2025-05-20");
            assertThat(browser.eval(last + ".querySelector('.sources li').innerText").asText())
                    .contains(" › ").endsWith("(20. maj 2025, Region Nordjylland)");
        }
    }

    @Test
    void aUnitIsShownAsACard() throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            browser.navigate(server.uri("/"));
            ask(browser, "Hvem håndterer lønforhandling?");
            String card = "Array.from(" + BOT_MESSAGES + ").pop().querySelector('section.unit-card')";
            assertThat(browser.eval(card + ".getAttribute('aria-label')").asText()).isEqualTo("Koncern HR, Løn, Personale og Systemoptimering");
            assertThat(browser.eval(card + ".querySelector('.org').textContent").asText()).isEqualTo("Region Midtjylland");
            assertThat(browser.eval("Array.from(" + card + ".querySelectorAll('dt, dd')).map(e => e.textContent).join('|')").asText())
                    .contains("Ledes af|en kontorchef", "Reference til|Løn- og forhandlingsdirektøren", "Placering|Regionshuset Viborg", "Også kaldt|LPS");
            assertThat(browser.eval(card + ".querySelectorAll('blockquote').length").asInt()).isGreaterThan(0);
            String message = lastAnswer(browser);
            assertThat(message).as("each fact once, in the card").containsOnlyOnce("en kontorchef").containsOnlyOnce("Regionshuset Viborg")
                    .doesNotContain("**").doesNotContain("Kilde:");
        }
    }

    @Test
    void whileWaitingThePageSaysSoAndTheNewestAnswerIsShownWholeAboveTheInputBar() throws Exception {
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.navigate(server.uri("/"));
                browser.eval("window.announced = []; new MutationObserver(() => document.querySelectorAll('[role=status]')"
                        + ".forEach(e => window.announced.push(e.textContent + '|' + e.closest('[aria-live]').getAttribute('aria-live')"
                        + " + '|' + (e.getBoundingClientRect().height > 0)))).observe(document.getElementById('log'), {childList: true})");
                for (String question : new String[] {"Hvor mange personalepolitikker har Region Nordjylland?",
                        "Hvornår skal den nye styrelsesvedtægt være på plads?", "Hvornår præsenteres det metodiske fundament?"}) {
                    ask(browser, question);
                    JsonNode box = browser.eval("(() => { const r = Array.from(" + BOT_MESSAGES + ").pop().getBoundingClientRect();"
                            + " return {top: r.top, bottom: r.bottom, bar: document.getElementById('ask').getBoundingClientRect().top,"
                            + " scrolled: window.scrollY}; })()");
                    String where = size[0] + "×" + size[1] + ", " + question + ": " + box;
                    assertThat(box.get("top").asDouble()).as(where).isGreaterThanOrEqualTo(0);
                    assertThat(box.get("bottom").asDouble()).as(where).isLessThanOrEqualTo(box.get("bar").asDouble());
                }
                assertThat(browser.eval("window.scrollY").asDouble()).as("the page scrolled to the answers").isPositive();
                assertThat(browser.eval("window.announced").toString()).contains("Søger …|polite|true");
                assertThat(browser.eval("document.querySelectorAll('[role=status]').length").asInt()).as("gone with the answer").isZero();
            }
        }
    }

    @Test
    void theQuestionFieldHasAnAccessibleName() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.navigate(server.uri("/"));
            browser.send("Accessibility.enable", java.util.Map.of());
            JsonNode nodes = browser.send("Accessibility.getFullAXTree", java.util.Map.of()).get("nodes");
            String names = "";
            for (JsonNode node : nodes) {
                if ("textbox".equals(node.at("/role/value").asText())) {
                    names += node.at("/name/value").asText() + "|";
                }
            }
            assertThat(names).isEqualTo("Dit spørgsmål til HR-assistenten|");
        }
    }
}

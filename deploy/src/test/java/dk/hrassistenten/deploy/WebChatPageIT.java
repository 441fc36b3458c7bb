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

    private static final String BOT_MESSAGES = "document.querySelectorAll('#log .msg.bot:not(.suggestions)')";

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
            browser.screenshot("chat-follow-up-1280");

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
            browser.screenshot("chat-sources-1280");
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
            browser.screenshot("chat-unit-card-390");
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
                browser.screenshot("chat-newest-answer-" + size[0]);
                assertThat(browser.eval("window.scrollY").asDouble()).as("the page scrolled to the answers").isPositive();
                assertThat(browser.eval("window.announced").toString()).contains("Søger …|polite|true");
                assertThat(browser.eval("document.querySelectorAll('.msg.waiting, [role=status]:not(.thanks)').length").asInt()).as("gone with the answer").isZero();
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

    /** Markdown a renderer would have turned into structure: bold, code, headings, rules, quotes and bullets left as typed. */
    private static final java.util.regex.Pattern RAW_MARKDOWN = java.util.regex.Pattern.compile("\\*\\*|`|(?m)^(#{1,6} |-{3,}\\s*$|> |- )");

    @Test
    void noReplyKindShowsRawMarkdown() throws Exception {
        String date = java.time.LocalDate.now().plusDays(40).toString();
        server.post("/api/chat", "{\"user\": \"sek\", \"text\": \"dagsorden tilføj forum=HMU dato=" + date
                + " titel=Budget indstilling=\\\"**Udvalget** godkender\\\" bilag=Budget.pdf\"}");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.navigate(server.uri("/"));
            java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>();
            for (String question : new String[] {"hjælp", "hjælp dagsorden", "Hvem håndterer lønforhandling?",
                    "Hvor mange personalepolitikker har Region Nordjylland?", "Hvad koster en parkeringslicens?",
                    "dagsorden vis forum=HMU dato=" + date, "dagsorden eksport forum=HMU dato=" + date,
                    "dagsorden forslag forum=HMU dato=" + date, "dagsorden vis forum=Ukendt dato=" + date}) {
                ask(browser, question);
                String last = "Array.from(" + BOT_MESSAGES + ").pop()";
                String text = browser.eval(last + ".innerText").asText();
                kinds.put(question, browser.eval(last + ".className").asText());
                assertThat(RAW_MARKDOWN.matcher(text).find()).as(question + ":\n" + text).isFalse();
            }
            assertThat(String.join(" ", kinds.values())).contains("help", "unit", "answer", "not_found", "agenda", "error");
            browser.screenshot("chat-every-kind-1280");
            assertThat(browser.eval("Array.from(document.querySelectorAll('.msg.help code')).length").asInt())
                    .as("help's commands as code").isPositive();
            assertThat(browser.eval("document.querySelector('table.agenda tbody tr').innerText").asText())
                    .as("an agenda as a table with its times").contains("1", "14.00–14.10", "Budget");
        }
    }

    @Test
    void thumbsUpIsStoredLikeSlacksAndTeamsAndStaysPressedAcrossAReload() throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            browser.navigate(server.uri("/"));
            ask(browser, "Hvornår præsenteres det metodiske fundament?");
            String up = "Array.from(" + BOT_MESSAGES + ").pop().querySelector('.feedback button[aria-label=\"Svaret hjalp\"]')";
            assertThat(browser.eval(up + ".getAttribute('aria-pressed')").asText()).isEqualTo("false");
            long before = feedbackRows();
            browser.eval(up + ".click()");
            browser.waitFor("Array.from(" + BOT_MESSAGES + ").pop().querySelector('.feedback .thanks').textContent === 'Tak for din feedback.'");
            browser.screenshot("chat-thumbs-up-390");
            assertThat(feedbackRows()).isEqualTo(before + 1);
            try (java.sql.Connection c = server.services.database.connection(); java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet rows = s.executeQuery("select channel, rating, reply_kind, source_path, question from feedback order by id desc")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("web");
                assertThat(rows.getInt(2)).isEqualTo(1);
                assertThat(rows.getString(3)).isEqualTo("answer");
                assertThat(rows.getString(4)).isNotBlank();
                assertThat(rows.getString(5)).as("the page names the reply; the service knows its question").isEqualTo("Hvornår præsenteres det metodiske fundament?");
            }
            browser.reload();
            browser.waitFor(BOT_MESSAGES + ".length === 2");
            assertThat(browser.eval(up + ".getAttribute('aria-pressed')").asText()).isEqualTo("true");
            assertThat(browser.eval(up + ".disabled").asBoolean()).as("once per answer").isTrue();
        }
    }

    @Test
    void thumbsDownShowsInHrsViewWithTheQuestionAndTheReply() throws Exception {
        String question = "Hvem håndterer lønforhandling?";
        try (Browser browser = Browser.open(1280, 900)) {
            browser.navigate(server.uri("/"));
            ask(browser, question);
            String down = "Array.from(" + BOT_MESSAGES + ").pop().querySelector('.feedback button[aria-label=\"Svaret hjalp ikke\"]')";
            browser.eval(down + ".click()");
            browser.waitFor("Array.from(" + BOT_MESSAGES + ").pop().querySelector('.feedback .thanks').textContent === 'Tak for din feedback.'");

            browser.navigate(server.uri("/admin"));
            String row = "Array.from(document.querySelectorAll('#dislike-replies tbody tr')).map(r => Array.from(r.cells).map(c => c.innerText).join('|'))"
                    + ".find(r => r.includes('" + question + "'))";
            browser.waitFor(row + " !== undefined");
            browser.screenshot("admin-thumbs-down-1280");
            String[] cells = browser.eval(row).asText().split("\\|");
            assertThat(cells).hasSize(4);
            assertThat(cells[1]).isEqualTo("web");
            assertThat(cells[2]).isEqualTo(question);
            assertThat(cells[3]).as("the reply as shown, with its source").contains("Løn, Personale og Systemoptimering").contains("Kilde: ");
        }
        String csv = server.get("/admin/dislike-replies.csv").body();
        assertThat(csv).startsWith("\uFEFFDato (UTC),Kanal,Spørgsmål,Svar (uddrag)\r\n").contains(",web," + question + ",\"")
                .contains("Løn, Personale og Systemoptimering");
    }

    private static long feedbackRows() throws Exception {
        try (java.sql.Connection c = server.services.database.connection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("select count(*) from feedback")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theEmptyPageOffersQuestionsTheDocumentsAnswerAndOneClickAsksIt() throws Exception {
        java.util.List<String> offered = new java.util.ArrayList<>();
        ReplyJsonHolder.MAPPER.readTree(server.get("/api/suggestions").body()).get("questions").forEach(q -> offered.add(q.asText()));
        assertThat(offered).hasSizeBetween(2, 4);
        try (Browser browser = Browser.open(1280, 900)) {
            browser.navigate(server.uri("/"));
            browser.waitFor("document.querySelectorAll('.suggestions button').length > 0");
            assertThat(browser.eval("Array.from(document.querySelectorAll('.suggestions button')).map(b => b.textContent).join('|')").asText())
                    .isEqualTo(String.join("|", offered));
            browser.eval("document.querySelector('.suggestions button').click()");
            browser.waitFor(BOT_MESSAGES + ".length === 2");
            assertThat(browser.eval("document.querySelector('#log .msg.user').innerText").asText()).isEqualTo(offered.get(0));
            assertThat(browser.eval("Array.from(" + BOT_MESSAGES + ").pop().className").asText()).isIn("msg bot answer", "msg bot unit");
            assertThat(browser.eval("document.querySelectorAll('.suggestions').length").asInt()).as("gone once asked").isZero();
        }
    }

    @Test
    void aSecretaryOpeningTheChatSeesTheProposalsWaitingAndDecidesThere() throws Exception {
        String date = java.time.LocalDate.now().plusDays(50).toString();
        var proposed = ReplyJsonHolder.MAPPER.readTree(server.post("/api/chat", "{\"user\": \"anne\", \"text\": \"dagsorden foreslå "
                + "forum=HMU dato=" + date + " titel=Sommerfest\"}").body());
        long id = proposed.at("/agenda/id").asLong();
        try (Browser browser = Browser.open(390, 844)) {
            browser.navigate(server.uri("/"));
            String box = "document.querySelector('.decide[aria-label=\"Forslag " + id + ": Sommerfest\"]')";
            browser.waitFor(box);
            assertThat(browser.eval("document.querySelector('#log').innerText").asText()).contains("Forslag, der venter på din afgørelse:");
            browser.eval(box + ".querySelector('button[aria-label=\"Afvis forslag " + id + "\"]').click()");
            assertThat(browser.eval(box + ".querySelector('.problem').textContent").asText()).as("a rejection needs a reason").contains("begrundelse");
            browser.eval(box + ".querySelector('button[aria-label=\"Godkend forslag " + id + "\"]').click()");
            browser.waitFor("Array.from(" + BOT_MESSAGES + ").pop().innerText.includes('godkendt')");
            assertThat(browser.eval("Array.from(document.querySelectorAll('#log .msg.user')).pop().innerText").asText())
                    .isEqualTo("dagsorden godkend id=" + id);
        }
        var listed = ReplyJsonHolder.MAPPER.readTree(server.post("/api/chat", "{\"text\": \"dagsorden vis forum=HMU dato=" + date + "\"}").body());
        assertThat(listed.at("/agenda/items/0/title").asText()).isEqualTo("Sommerfest");
    }

    /** The service's JSON reader. */
    private static final class ReplyJsonHolder {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = dk.hrassistenten.bot.reply.ReplyJson.mapper();
    }
}

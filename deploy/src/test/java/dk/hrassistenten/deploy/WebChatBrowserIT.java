package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.agenda.AgendaStore;
import dk.hrassistenten.bot.reply.ReplyKind;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
        Path forums = Files.writeString(Files.createTempFile("forums", ".yaml"), """
                forums:
                  - name: Lukket
                    secretaries: [sek]
                    starts: "14:00"
                    default_minutes: 10
                """);
        server = TestServer.localTrial(TestServer.fixture("mixed"), forums);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String renderedDom(String query) throws Exception {
        return renderedDomOf(server.uri("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString());
    }

    private static String renderedDomOf(String url) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(List.of(Browser.chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Browser.deleteProfile(profile);
        return dom;
    }

    @Test
    void aQuestionAskedInThePageShowsTheAnswerAndItsSourceLinks() throws Exception {
        String dom = renderedDom("Hvornår træder cykelordningen i kraft?");
        assertThat(dom).contains("class=\"msg user\"").contains("Hvornår træder cykelordningen i kraft?");
        assertThat(dom).contains("class=\"msg bot answer\"").contains("1. august 2026");
        assertThat(dom).contains("href=\"/kilde?path=minutes.md");
    }

    @Test
    void aPageOnAnotherSiteCannotChangeAnAgendaThroughTheBrowser() throws Exception {
        // The service believes the body's user here (a local trial), the worst case for a forged request.
        String api = server.uri("/api/chat").toString();
        String add = "/dagsorden tilføj forum=Lukket dato=2099-03-03 titel=";
        String page = "<!doctype html><html><body>"
                + "<form id=f method=POST action=\"" + api + "\" enctype=\"text/plain\">"
                + "<input type=hidden name='{\"user\":\"sek\",\"text\":\"" + add + "Formular\",\"pad\":\"' value='\"}'></form>"
                + "<form id=g method=POST action=\"" + api + "\">"
                + "<input type=hidden name=user value=sek><input type=hidden name=text value=\"" + add + "Urlencoded\"></form>"
                + "<script>"
                + "var body = JSON.stringify({user: 'sek', text: '" + add + "Fetch'});"
                + "Promise.allSettled([fetch('" + api + "', {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'}, body: body}),"
                + "  fetch('" + api + "', {method: 'POST', mode: 'no-cors', credentials: 'include', body: new Blob([body], {type: 'application/json'})})])"
                + ".then(function () { var w = document.createElement('iframe'); w.name = 'w'; document.body.appendChild(w);"
                + "  document.getElementById('g').target = 'w'; document.getElementById('g').submit(); document.getElementById('f').submit(); });"
                + "</script></body></html>";
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        other.start();
        try {
            // "localhost" against the service's 127.0.0.1: another site, as Chromium reckons sites.
            renderedDomOf("http://localhost:" + other.getAddress().getPort() + "/");
        } finally {
            other.stop(0);
        }
        assertThat(new AgendaStore(server.services.database, Clock.systemUTC()).list("Lukket", LocalDate.of(2099, 3, 3)))
                .as("nothing added by the other site's page").isEmpty();
        var asSecretary = server.services.assistant.handle(Inbound.of(Channel.CLI, "sek", add + "Kontrol"));
        assertThat(asSecretary.kind()).as("the forum takes items from its secretary").isEqualTo(ReplyKind.AGENDA);
    }

    @Test
    void anExportedAgendaIsShownAsADocumentWithItsMarkupInertAndAWordExportAsADownloadLink() throws Exception {
        String date = "2099-08-12";
        String hostile = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
        var added = server.services.assistant.handle(Inbound.of(Channel.CLI, "sek", "/dagsorden tilføj forum=Lukket dato=" + date
                + " titel=\"" + hostile + "\" indstilling=\"**Udvalget** godkender\" bilag=\"<b>Notat</b>.pdf\""));
        assertThat(added.kind()).as(added.text()).isEqualTo(ReplyKind.AGENDA);

        String dom = renderedDom("dagsorden eksport forum=Lukket dato=" + date);

        String reply = dom.substring(dom.indexOf("class=\"msg bot agenda\""), dom.indexOf("</main>"));
        assertThat(reply).contains("<h2>Dagsorden</h2>", "<strong>Møde i Lukket</strong>", "<h3>Indholdsfortegnelse</h3>", "<hr>",
                "<h4>Det indstilles, at</h4>", "<p><strong>Udvalget</strong> godkender</p>", "<h4>Bilag</h4>", "<li>&lt;b&gt;Notat&lt;/b&gt;.pdf</li>");
        assertThat(reply).containsPattern("<ol><li( value=\"1\")?>&lt;script&gt;");
        assertThat(reply).doesNotContain("# Dagsorden").doesNotContain("---").doesNotContain("**");
        assertThat(reply).as("a title's markup is text").contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>document").doesNotContain("<img src=\"x\"");
        assertThat(dom).contains("<title>HR-assistenten</title>");

        String word = renderedDom("dagsorden eksport forum=Lukket dato=" + date + " format=docx");
        assertThat(word).contains("href=\"/agenda/export.docx?forum=Lukket&amp;date=" + date + "\"").contains("Hent dagsordenen som Word-dokument");
    }

    @Test
    void markupInAReplyIsShownAsTextNeverRun() throws Exception {
        String dom = renderedDom("<img src=x onerror=alert(1)> <b>hej</b>");
        assertThat(dom).doesNotContain("<img src=\"x\"").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}

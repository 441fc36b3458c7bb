package dk.hrassistenten.knowledge.source.web;

import dk.hrassistenten.knowledge.ingest.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.SnapshotBuilder;
import dk.hrassistenten.knowledge.index.SearchHit;
import dk.hrassistenten.knowledge.ingest.SourceText;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.source.FetchedDocuments;
import dk.hrassistenten.knowledge.source.web.TestSite.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A web source crawling a real (loopback) web site: scope, robots.txt, sitemap, formats, conditional GET, failures. */
class WebSourceIT {

    private static final String PENSION_DATE = "Wed, 01 Jan 2025 10:00:00 GMT";

    private TestSite site;
    private String hr;
    private final AtomicInteger ferieBodies = new AtomicInteger();
    private final AtomicReference<Answer> gammel = new AtomicReference<>();
    private final AtomicReference<Answer> ustabil = new AtomicReference<>();

    @BeforeEach
    void playASite() throws Exception {
        site = new TestSite();
        String origin = site.origin();
        hr = origin + "/hr/";
        site.put("/robots.txt", Answer.of("text/plain", ("User-agent: *\nDisallow: /hr/intern/\n\nSitemap: " + origin + "/sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8)));
        site.put("/sitemap.xml", Answer.of("application/xml", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/hr/kun-i-sitemap.html</loc></url>
                  <url><loc>%1$s/andet/fra-sitemap.html</loc></url>
                </urlset>
                """).formatted(origin).getBytes(StandardCharsets.UTF_8)));
        site.put("/hr/", Answer.html(page("HR-håndbogen", "<p>Her finder du HR-håndbogen for alle medarbejdere.</p>",
                "ferie.html", "pension.html", "ferie.html#regler", "intern/hemmelig.html", "/andet/udenfor.html",
                "http://localhost:" + site.port() + "/hr/anden-vaert.html", "regler.pdf", "vejledning.docx", "mailto:hr@example.dk",
                "logo.png", "gammel.html", "ustabil.html", "flyttet.html", "index.html")));
        site.put("/hr/index.html", request -> site.answerOf("/hr/", request));
        site.put("/hr/ferie.html", request -> {
            if ("\"v1\"".equals(request.ifNoneMatch())) {
                return new Answer(304, Map.of("ETag", "\"v1\""), new byte[0]);
            }
            ferieBodies.incrementAndGet();
            return new Answer(200, Map.of("Content-Type", "text/html; charset=utf-8", "ETag", "\"v1\""),
                    page("Ferie", "<h2>Feriedage</h2><p>Alle medarbejdere har ret til fem ugers ferie og fem feriefridage om året.</p>", "./")
                            .getBytes(StandardCharsets.UTF_8));
        });
        site.put("/hr/pension.html", request -> PENSION_DATE.equals(request.ifModifiedSince())
                ? Answer.status(304)
                : new Answer(200, Map.of("Content-Type", "text/html", "Last-Modified", PENSION_DATE),
                page("Pension", "<p>Regionen indbetaler 15 procent af lønnen til pension.</p>").getBytes(StandardCharsets.UTF_8)));
        site.put("/hr/kun-i-sitemap.html", Answer.html(page("Seniorordning", "<p>Seniordage gives fra det fyldte 60. år.</p>")));
        site.put("/hr/intern/hemmelig.html", Answer.html(page("Internt", "<p>Må ikke læses.</p>")));
        site.put("/andet/udenfor.html", Answer.html(page("Udenfor", "<p>Uden for prefixet.</p>")));
        site.put("/andet/fra-sitemap.html", Answer.html(page("Udenfor", "<p>Uden for prefixet.</p>")));
        site.put("/hr/anden-vaert.html", Answer.html(page("Anden vært", "<p>En anden vært.</p>")));
        site.put("/hr/logo.png", Answer.of("image/png", new byte[] {1, 2, 3}));
        site.put("/hr/regler.pdf", Answer.of("application/pdf", TestDocuments.pdf("Regler for tjenesterejser gælder alle ansatte")));
        site.put("/hr/vejledning.docx", Answer.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                TestDocuments.docx("Vejledning om sygefravær")));
        gammel.set(Answer.html(page("Gammel side", "<p>Denne side forsvinder snart.</p>")));
        site.put("/hr/gammel.html", request -> gammel.get());
        ustabil.set(Answer.html(page("Ustabil side", "<p>Kørselsgodtgørelse udbetales månedligt.</p>")));
        site.put("/hr/ustabil.html", request -> ustabil.get());
        site.put("/hr/flyttet.html", new Answer(301, Map.of("Location", "ny.html"), new byte[0]));
        site.put("/hr/ny.html", Answer.html(page("Ny side", "<p>Den flyttede side om barsel.</p>")));
    }

    @AfterEach
    void stopTheSite() {
        site.close();
    }

    private WebSource source() {
        return WebSource.fromEntry("intranet", Map.of("web", hr, "delay", 0));
    }

    @Test
    void readsThePagesAndFilesWithinThePrefixFoundByLinksAndSitemapAndNothingElse() throws Exception {
        FetchedDocuments fetched = source().fetch(p -> { });

        assertThat(fetched.documents()).extracting(d -> d.text().path()).containsExactlyInAnyOrder(hr, hr + "ferie.html", hr + "pension.html",
                hr + "kun-i-sitemap.html", hr + "regler.pdf", hr + "vejledning.docx", hr + "gammel.html", hr + "ustabil.html", hr + "ny.html");
        assertThat(text(fetched, "ferie.html")).startsWith("# Ferie").contains("## Feriedage", "fem ugers ferie").doesNotContain("<", "Menu");
        assertThat(text(fetched, "regler.pdf")).contains("Regler for tjenesterejser");
        assertThat(text(fetched, "vejledning.docx")).contains("Vejledning om sygefravær");
        assertThat(fetched.documents()).allSatisfy(d -> assertThat(d.metadata()).isEmpty());
        assertThat(fetched.warnings()).isEmpty();
        assertThat(site.requestedPaths()).doesNotContain("/hr/intern/hemmelig.html", "/andet/udenfor.html", "/andet/fra-sitemap.html",
                "/hr/anden-vaert.html", "/hr/logo.png").containsOnlyOnce("/hr/ferie.html").contains("/hr/index.html").startsWith("/robots.txt", "/hr/");
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.userAgent()).startsWith("HR-assistenten/"));
    }

    @Test
    void aSecondCrawlAsksConditionallyReusesUnchangedPagesDropsGoneOnesAndKeepsFailingOnes() throws Exception {
        WebSource source = source();
        FetchedDocuments first = source.fetch(p -> { });
        gammel.set(Answer.status(404));
        ustabil.set(Answer.status(503));
        site.forgetRequests();

        FetchedDocuments second = source.fetch(p -> { });

        assertThat(site.requests()).filteredOn(r -> r.path().equals("/hr/ferie.html")).singleElement()
                .satisfies(r -> assertThat(r.ifNoneMatch()).isEqualTo("\"v1\""));
        assertThat(site.requests()).filteredOn(r -> r.path().equals("/hr/pension.html")).singleElement()
                .satisfies(r -> assertThat(r.ifModifiedSince()).isEqualTo(PENSION_DATE));
        assertThat(ferieBodies).hasValue(1);
        assertThat(text(second, "ferie.html")).isEqualTo(text(first, "ferie.html"));
        assertThat(text(second, "pension.html")).contains("15 procent");
        assertThat(second.documents()).extracting(d -> d.text().path()).doesNotContain(hr + "gammel.html").contains(hr + "ustabil.html", hr);
        assertThat(second.warnings()).singleElement().asString().contains(hr + "ustabil.html", "503", "kept");
        // The unchanged start page answered with its body again (no validators): its links are followed as before.
        assertThat(second.documents()).extracting(d -> d.text().path()).contains(hr + "kun-i-sitemap.html", hr + "regler.pdf");
    }

    @Test
    void aStartPageThatFailsFailsTheFetchWithAMessageNamingIt() throws Exception {
        site.put("/hr/", Answer.status(500));

        assertThatThrownBy(() -> source().fetch(p -> { })).isInstanceOf(IOException.class).hasMessageContaining(hr).hasMessageContaining("500");
    }

    @Test
    void aSiteThatDoesNotAnswerFailsTheFetch() {
        WebSource source = source();
        site.close();

        assertThatThrownBy(() -> source.fetch(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining(site.origin() + "/robots.txt").hasMessageContaining("cannot be reached");
    }

    @Test
    void aSiteWhoseRobotsTxtFailsIsNotCrawled() {
        site.put("/robots.txt", Answer.status(503));

        assertThatThrownBy(() -> source().fetch(p -> { })).isInstanceOf(IOException.class).hasMessageContaining("503");
        assertThat(site.requestedPaths()).containsExactly("/robots.txt");
    }

    @Test
    void aPageFromTheCrawlAnswersAQuestionWithItsUrlAsTheSource() throws Exception {
        FetchedDocuments fetched = source().fetch(p -> { });
        KnowledgeSnapshot knowledge = SnapshotBuilder.fromFetched(fetched.documents(), fetched.warnings(), p -> { });

        List<SearchHit> hits = knowledge.search("Hvor mange procent indbetaler regionen til pension?", Set.of(), 3).hits();

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).passage().path()).isEqualTo(hr + "pension.html");
        assertThat(hits.get(0).passage().text()).contains("15 procent");
    }

    @Test
    void stopsAtTheMaximumNumberOfPagesAndSaysSo() throws Exception {
        FetchedDocuments fetched = WebSource.fromEntry("intranet", Map.of("web", hr, "delay", 0, "max-pages", 3)).fetch(p -> { });

        assertThat(fetched.documents()).hasSize(3);
        assertThat(fetched.warnings()).singleElement().asString().contains("max-pages");
    }

    @Test
    void pausesBetweenRequestsToTheSite() throws Exception {
        site.put("/robots.txt", Answer.status(404));
        site.put("/sitemap.xml", Answer.status(404));
        site.put("/hr/", Answer.html(page("Start", "<p>Forsiden om ferie og fridage.</p>", "ferie.html")));

        WebSource.fromEntry("intranet", Map.of("web", hr, "delay", "150ms")).fetch(p -> { });

        List<TestSite.Request> requests = site.requests();
        assertThat(requests).extracting(TestSite.Request::path).containsExactly("/robots.txt", "/hr/", "/sitemap.xml", "/hr/ferie.html");
        for (int i = 1; i < requests.size(); i++) {
            assertThat(requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()).isGreaterThanOrEqualTo(150_000_000L);
        }
    }

    private static String text(FetchedDocuments fetched, String page) {
        return fetched.documents().stream().map(FetchedDocument::text).filter(t -> t.path().endsWith("/" + page)).map(SourceText::text)
                .findFirst().orElseThrow();
    }

    /** A page as a portal writes it: a menu and a footer around the main content. */
    private static String page(String title, String content, String... links) {
        StringBuilder a = new StringBuilder();
        for (String link : links) {
            a.append("<li><a href=\"").append(link).append("\">").append(link).append("</a></li>");
        }
        return """
                <!DOCTYPE html><html lang="da"><head><title>%1$s | Region Sydvest</title></head><body>
                <nav><ul><li><a href="/">Menu</a></li>%3$s</ul></nav>
                <main><h1>%1$s</h1>%2$s</main>
                <footer>Region Sydvest</footer></body></html>
                """.formatted(title, content, a);
    }
}

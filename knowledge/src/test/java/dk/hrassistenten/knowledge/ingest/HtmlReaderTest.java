package dk.hrassistenten.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.knowledge.document.Document;
import dk.hrassistenten.knowledge.document.DocumentParser;
import dk.hrassistenten.knowledge.document.Section;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    /** An intranet page as such portals write them: site header and menu, cookie banner, breadcrumb, tools, side box, footer. */
    static final String INTRANET_PAGE = """
            <!DOCTYPE html>
            <html lang="da"><head><meta charset="utf-8">
            <title>Seniorordning | Region Sydvest Intranet</title>
            <script>window.dataLayer = [];</script><style>.x{color:red}</style>
            </head><body>
            <a class="skip-link" href="#main">Spring til indhold</a>
            <div id="cookie-banner" class="cookie-consent"><p>Vi bruger cookies for at forbedre siden. Læs om cookies.</p>
              <a href="/cookies">Cookieindstillinger</a> <button>Accepter alle cookies</button></div>
            <header class="site-header"><a href="/"><img src="logo.svg" alt="Region Sydvest"></a>
              <form role="search" action="/soeg"><input name="q"><button>Søg</button></form></header>
            <nav class="topmenu"><ul><li><a href="/">Forside</a></li><li><a href="/nyheder">Nyheder</a></li>
              <li><a href="/personale">Personale</a></li></ul></nav>
            <main id="main">
              <nav aria-label="Brødkrumme"><ol><li><a href="/">Forside</a></li><li><a href="/personale">Personale</a></li></ol></nav>
              <div class="breadcrumbs">Forside &gt; Personale &gt; Seniorordning</div>
              <article>
                <header><h1>Seniorordning for medarbejdere</h1>
                  <div class="page-tools"><a href="?sub">Abonnér</a> <a href="?share">Del</a> <a href="javascript:print()">Print</a></div>
                </header>
                <p>Gældende fra 1. januar 2026. Ordningen gælder for alle <a href="/ansatte">fastansatte medarbejdere</a>
                   i regionen.</p>
                <h2>Seniordage</h2>
                <p>Medarbejdere på 60 år og derover har ret til <strong>to seniordage</strong> om året.</p>
                <ul>
                  <li>Dagene aftales med nærmeste leder.</li>
                  <li>Ubrugte dage kan konverteres til pension:
                    <ul><li>ved skriftlig aftale</li></ul></li>
                </ul>
                <h2>Satser</h2>
                <table>
                  <thead><tr><th>Alder</th><th>Seniordage</th></tr></thead>
                  <tbody><tr><td>60 år</td><td>2 dage</td></tr><tr><td>62 år</td><td>4 dage</td></tr></tbody>
                </table>
                <p><strong>Kontakt</strong></p>
                <dl><dt>Telefon</dt><dd>70 11 22 33</dd></dl>
                <ul class="actions"><li><a href="#">Del</a></li><li><a href="#">Udskriv</a></li></ul>
                <footer>Sidst opdateret 3. februar 2026 <a href="#">Til toppen</a></footer>
              </article>
              <aside><h2>Relaterede links</h2><p>Ferie og fridage</p></aside>
            </main>
            <footer class="site-footer"><p>Region Sydvest · Damhaven 12 · 7100 Vejle</p></footer>
            </body></html>
            """;

    private static String read(String html) throws Exception {
        return TextCleaner.clean(new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** A page of tabs shows one panel at a time; the others are hidden until chosen, and are content all the same. */
    @Test
    void readsEveryTabPanelButNotWhatIsHiddenOtherwise() throws Exception {
        String text = read("""
                <html><body><main><h1>Jubilæum og fratræden</h1>
                <div role="tablist"><button role="tab" aria-selected="true">Jubilæum</button><button role="tab">Fratræden</button></div>
                <section role="tabpanel" id="p1"><h2>Jubilæum</h2><p>Til en reception giver kommunen op til 1.900 kr.</p></section>
                <section role="tabpanel" id="p2" hidden><h2>Fratræden</h2><p>Din afskedsgave er på 400 kr.</p></section>
                <div class="notice" hidden><p>Du har ikke gemt dine ændringer.</p></div>
                </main></body></html>
                """);
        assertThat(text).contains("## Fratræden").contains("Din afskedsgave er på 400 kr.").doesNotContain("gemt dine ændringer");
    }

    /**
     * A page of cards (SharePoint, Bootstrap) titles each card with a styled span, not h1–h6, and lists its topics as
     * keyword chips: the titles are headings, the chips items, so each card is a section of its own.
     */
    @Test
    void aCardsStyledTitleIsAHeadingAndItsChipsAreItems() throws Exception {
        String text = read("""
                <html><body><main><div class="grid">
                <div class="card"><span class="card-title">Ferie og Fravær</span> <span class="badge">Tidligere: Fraværsteamet</span>
                  <p><b>Spørg os om</b></p>
                  <div class="tags"><span class="tag">omsorgsdage</span> <span class="tag">ferie, der ikke er holdt</span></div></div>
                <div class="card"><div role="heading" aria-level="3">Ikke en span</div>
                  <span class="cardTitle">Rekruttering</span><p>Vi hjælper med <span class="x">opslag</span> <span class="x">og</span> samtaler.</p></div>
                </div></main></body></html>
                """);
        assertThat(text).contains("## Ferie og Fravær\n\nTidligere: Fraværsteamet")
                .contains("- omsorgsdage\n- ferie, der ikke er holdt")
                .contains("## Rekruttering")
                .contains("Vi hjælper med opslag og samtaler.");
    }

    @Test
    void readsTheMainContentWithItsHeadingsListsAndTablesAndNothingElse() throws Exception {
        String text = read(INTRANET_PAGE);

        assertThat(text).startsWith("# Seniorordning for medarbejdere\n")
                .contains("Ordningen gælder for alle fastansatte medarbejdere i regionen.",
                        "## Seniordage",
                        "Medarbejdere på 60 år og derover har ret til to seniordage om året.",
                        "- Dagene aftales med nærmeste leder.",
                        "- Ubrugte dage kan konverteres til pension:\n  - ved skriftlig aftale",
                        "Alder: 60 år; Seniordage: 2 dage.",
                        "**Kontakt**",
                        "Telefon: 70 11 22 33");
        assertThat(text).doesNotContain("<", "cookie", "Cookie", "Spring til indhold", "Abonnér", "Print", "Udskriv", "Forside",
                "Nyheder", "Sidst opdateret", "Til toppen", "Relaterede links", "Damhaven", "dataLayer", "color:red", "Søg");
    }

    @Test
    void theParserFindsThePageTitleItsSectionsAndItsDate() throws Exception {
        Document document = DocumentParser.parse(new SourceText("https://intra.example.dk/hr/senior", read(INTRANET_PAGE), 0), Map.of());

        assertThat(document.metadata().title()).isEqualTo("Seniorordning for medarbejdere");
        assertThat(document.metadata().date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(document.sections()).extracting(Section::heading).contains("Seniordage", "Satser");
    }

    @Test
    void aPageWithoutAHeadingOfItsOwnIsTitledByItsTitleWithoutTheSiteName() throws Exception {
        String text = read("""
                <html><head><title>Ferie og fridage | Fjordby Kommune</title></head>
                <body><header><h1>Fjordby Kommune</h1></header><div id="content"><p>Ferieåret starter 1. september.</p></div></body></html>
                """);

        assertThat(text).isEqualTo("# Ferie og fridage\n\nFjordby Kommune\n\nFerieåret starter 1. september.");
    }

    /** The header that names the organisation is left out; the site's name in the page's title says whose page it is. */
    @Test
    void theSitesNameStandsBelowTheTitleSoThatThePageHasItsOrganisation() throws Exception {
        String text = read(INTRANET_PAGE);
        assertThat(text).startsWith("# Seniorordning for medarbejdere\n\nRegion Sydvest Intranet\n");
        Document document = DocumentParser.parse(new SourceText("https://intra.example.dk/hr/senior", text, 0), Map.of());
        assertThat(document.metadata().organization()).isEqualTo("Region Sydvest");
        assertThat(document.metadata().title()).isEqualTo("Seniorordning for medarbejdere");
    }

    @Test
    void aPageThatMarksNoMainContentIsReadFromItsBodyWithoutHeaderFooterAndMenus() throws Exception {
        String text = read("""
                <html><head><title>Kantine</title></head><body>
                <header><p>Mit Vestby</p></header>
                <p><a href="/">Forside</a> | <a href="/nyt">Nyheder</a> | <a href="/p">Personale</a></p>
                <h1>Kantinen</h1><p>Kantinen holder lukket i juli.</p>
                <footer><p>Kontakt webredaktionen</p></footer></body></html>
                """);

        assertThat(text).isEqualTo("# Kantinen\n\nKantinen holder lukket i juli.");
    }

    @Test
    void aFormWrappingTheWholePageIsNoDebrisButASearchFormIs() throws Exception {
        String text = read("""
                <html><body><form id="aspnetForm"><h1>Pension</h1><p>Pensionen er 15 procent.</p></form>
                <form action="/soeg"><input name="q"><span>Skriv et søgeord</span></form></body></html>
                """);

        assertThat(text).isEqualTo("# Pension\n\nPensionen er 15 procent.");
    }

    /** A handbook's "who does what" as a description list: each term told in prose is a section of its own. */
    @Test
    void termsDescribedInProseAreSubSections() throws Exception {
        String text = read("""
                <html><body><main><h2>Enhederne</h2><dl>
                <dt>Lønkontoret</dt><dd>Udbetaler løn. Leder er Anne Lund.</dd>
                <dt>Gæsteservice</dt><dd>Tager imod gæster. Telefon 11 22 33 44.</dd>
                </dl></main></body></html>
                """);

        assertThat(text).isEqualTo("## Enhederne\n\n### Lønkontoret\n\nUdbetaler løn. Leder er Anne Lund.\n\n"
                + "### Gæsteservice\n\nTager imod gæster. Telefon 11 22 33 44.");
    }

    /** A unit's facts written one a line ("Hører under: …<br>Leder: …"): a sub-section whose lines stay apart. */
    @Test
    void termsDescribedInLinesOfTheirOwnAreSubSectionsWithThoseLines() throws Exception {
        String text = read("""
                <html><body><main><h2>Farverne i planen</h2><dl>
                <dt><span class="tag">LO</span> Løn og Orlov</dt><dd>Hører under: HR<br>
                    Leder: lønchef Ebbe Sander<br>I planen: barselsrefusion, feriepenge</dd>
                </dl></main></body></html>
                """);

        assertThat(text).isEqualTo("## Farverne i planen\n\n### LO Løn og Orlov\n\n"
                + "Hører under: HR\nLeder: lønchef Ebbe Sander\nI planen: barselsrefusion, feriepenge");
    }

    /** An accordion: each fold's summary heads its section. */
    @Test
    void anAccordionsFoldsAreSections() throws Exception {
        String text = read("""
                <html><body><main><h1>Barns sygdom</h1>
                <details open><summary>Omsorgsdage</summary><p>Du får 2 omsorgsdage om året.</p></details>
                <details><summary>Indlæggelse</summary><p>Du kan få fri, når barnet er indlagt.</p></details>
                </main></body></html>
                """);

        assertThat(text).isEqualTo("# Barns sygdom\n\n## Omsorgsdage\n\nDu får 2 omsorgsdage om året.\n\n"
                + "## Indlæggelse\n\nDu kan få fri, når barnet er indlagt.");
    }

    /** An e-mailed newsletter lays its stories out in table cells: their headings, lists and paragraphs stay apart. */
    @Test
    void aLayoutTablesCellsAreReadAsThePagesBlocks() throws Exception {
        String text = read("""
                <html><body><table role="presentation" width="600"><tr><td>
                <p><strong>I dette nummer</strong></p>
                <ul><li><a href="#a">Kantinen får nye åbningstider</a></li><li><a href="#b">Nyt team til vikarer</a></li></ul>
                </td></tr><tr><td>
                <h2 id="b">Nyt team til vikarer</h2>
                <p>Vikarteamet Søby booker vikarer til skolerne.</p>
                </td></tr></table></body></html>
                """);

        assertThat(text).isEqualTo("**I dette nummer**\n\n- Kantinen får nye åbningstider\n- Nyt team til vikarer\n\n"
                + "## Nyt team til vikarer\n\nVikarteamet Søby booker vikarer til skolerne.");
    }

    /** A wiki's edit link beside each heading is no part of the heading. */
    @Test
    void aWikisEditLinksAreNotPartOfItsHeadings() throws Exception {
        String text = read("""
                <html><body><main><h1>HR i Vesterby</h1>
                <h2><span class="mw-headline">Lønteamet</span><span class="mw-editsection">[<a href="?action=edit">redigér</a>]</span></h2>
                <p>Lønteamet udbetaler løn.</p></main></body></html>
                """);

        assertThat(text).isEqualTo("# HR i Vesterby\n\n## Lønteamet\n\nLønteamet udbetaler løn.");
    }

    @Test
    void acceptsHtmlAndHtmFiles() {
        assertThat(new HtmlReader().accepts("side.html")).isTrue();
        assertThat(new HtmlReader().accepts("side.htm")).isTrue();
        assertThat(new HtmlReader().accepts("side.xhtml.txt")).isFalse();
    }
}

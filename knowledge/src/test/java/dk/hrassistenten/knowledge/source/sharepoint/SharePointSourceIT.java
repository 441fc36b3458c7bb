package dk.hrassistenten.knowledge.source.sharepoint;

import dk.hrassistenten.knowledge.ingest.TestDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.SnapshotBuilder;
import dk.hrassistenten.knowledge.index.SearchHit;
import dk.hrassistenten.knowledge.source.FetchedDocument;
import dk.hrassistenten.knowledge.source.FetchedDocuments;
import dk.hrassistenten.knowledge.source.sharepoint.FakeGraph.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A SharePoint library read through a local stand-in for Microsoft Graph and its token endpoint, answering with the
 * payloads Microsoft documents (driveItem, delta pages with {@code @odata.nextLink} and {@code @odata.deltaLink},
 * the {@code deleted} facet, permission objects).
 */
class SharePointSourceIT {

    private static final String SOURCE = "HR-SharePoint";
    private static final String SITE = "region.sharepoint.com:/sites/HR";
    private static final String SITE_ID = "region.sharepoint.com,5a58bb09-1fba-41c1-8125-69da264370a0,9f2ec1da-0be4-4a74-9254-973f0add78fd";
    private static final String DRIVE = "b!CbtYWrofwUGBJWnaJkNwoNrBLp_kC3RKklSXPwrdeP3yH8_qmH9xT5Y6RODPNfYu";
    private static final String PREFIX = "sharepoint:region.sharepoint.com/sites/HR/Dokumenter/";
    private static final String ROOT = "01BYE5RZ56Y2GOVW7725BZO354PWSELRRZ";
    private static final String POLITIKKER = "01BYE5RZ4CPC5XBOHOMFEIJK7UBVDSZXEE";
    private static final String FAQ = "01BYE5RZ6TAJHXA5GMWZB2HDLD7SNEXFFU";
    private static final String FERIE = "01BYE5RZ2KD3JYJX3TBFAL2OF2RBNN6FTG";
    private static final String SENIOR = "01BYE5RZ7LUTG3NJ2ZPZB2IBVHXQXSBD6I";
    private static final String BUDGET = "01BYE5RZ3IT7YO3NHQBVCJFZBFSRRH6DIF";
    private static final String BARSEL = "01BYE5RZ5MYLM2SMX75ZBIPQZIHT6OAYPB";

    private static final String FAQ_V1 = "# Spørgsmål om løn\n\n## Hvornår udbetales lønnen?\n\nLønnen udbetales den sidste bankdag i måneden.\n";
    private static final String FAQ_V2 = "# Spørgsmål om løn\n\n## Hvornår udbetales lønnen?\n\nLønnen udbetales den næstsidste bankdag i måneden.\n";
    private static final String BARSEL_MD = "# Barsel\n\nBarselsorlov søges hos HR-Service senest tre måneder før fødslen.\n";

    private FakeGraph graph;

    @BeforeEach
    void start() throws Exception {
        graph = new FakeGraph();
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void readsTheLibraryThenOnlyItsChangesAndStartsOverWhenTheDeltaLinkExpires() throws Exception {
        library();
        SharePointSource source = source(Map.of("audiences", Map.of("HR-ledere", "ledere")), FakeGraph.SECRET);

        FetchedDocuments first = source.fetch(p -> { });

        assertThat(byPath(first).keySet()).containsExactly(PREFIX + "Politikker/seniordage.pdf", PREFIX + "faq.md", PREFIX + "ferie.docx");
        assertThat(byPath(first).get(PREFIX + "faq.md").text().text()).contains("sidste bankdag");
        assertThat(byPath(first).get(PREFIX + "ferie.docx").text().text()).contains("Ferieåret starter 1. september");
        assertThat(byPath(first).get(PREFIX + "Politikker/seniordage.pdf").text().text()).contains("to seniordage om året");
        assertThat(byPath(first).get(PREFIX + "Politikker/seniordage.pdf").metadata()).containsEntry("audience", "ledere");
        assertThat(byPath(first).get(PREFIX + "faq.md").metadata()).doesNotContainKey("audience"); // an organisation-wide link
        assertThat(byPath(first).get(PREFIX + "ferie.docx").metadata()).doesNotContainKey("audience"); // "Everyone except external users"
        assertThat(byPath(first).get(PREFIX + "faq.md").text().lastModifiedMillis()).isEqualTo(java.time.Instant.parse("2026-03-02T09:30:00Z").toEpochMilli());
        assertThat(first.warnings()).isEmpty();
        assertThat(graph.requests()).contains("GET /v1.0/drives/" + DRIVE + "/root/delta?token=page2")
                .doesNotContain("GET /v1.0/drives/" + DRIVE + "/items/" + BUDGET + "/content"); // a spreadsheet is not read

        // An added, a changed and a deleted file; the unchanged PDF is neither downloaded nor asked about again.
        graph.clearRequests();
        graph.onContent(DRIVE, FAQ, FAQ_V2.getBytes(StandardCharsets.UTF_8));
        graph.onJson("/v1.0/drives/" + DRIVE + "/root/delta?token=d1", delta(List.of(folder(ROOT, "root", null), file(FAQ, "faq.md", ROOT, 2),
                file(BARSEL, "barsel.md", POLITIKKER, 1), deleted(FERIE, ROOT)), null, "d2"));
        FetchedDocuments second = source.fetch(p -> { });

        assertThat(byPath(second).keySet()).containsExactly(PREFIX + "Politikker/barsel.md", PREFIX + "Politikker/seniordage.pdf", PREFIX + "faq.md");
        assertThat(byPath(second).get(PREFIX + "faq.md").text().text()).contains("næstsidste bankdag");
        assertThat(byPath(second).get(PREFIX + "Politikker/barsel.md").metadata()).containsEntry("audience", "ledere");
        assertThat(byPath(second).get(PREFIX + "Politikker/seniordage.pdf").metadata()).containsEntry("audience", "ledere");
        assertThat(contentRequests()).containsExactlyInAnyOrder(FAQ, BARSEL);
        assertThat(graph.requests()).noneMatch(r -> r.contains(SENIOR))
                .noneMatch(r -> r.contains("/oauth2/")) // msal4j's cached token serves the second fetch
                .noneMatch(r -> r.startsWith("GET /v1.0/sites/")); // the library was found once

        // The delta link expired: the library is enumerated again, and nothing unchanged is downloaded.
        graph.clearRequests();
        graph.on("/v1.0/drives/" + DRIVE + "/root/delta?token=d2", Response.error(410, "resyncRequired", Map.of()));
        graph.onJson("/v1.0/drives/" + DRIVE + "/root/delta", delta(List.of(folder(ROOT, "root", null), folder(POLITIKKER, "Politikker", ROOT),
                file(FAQ, "faq.md", ROOT, 2), file(SENIOR, "seniordage.pdf", POLITIKKER, 1), file(BARSEL, "barsel.md", POLITIKKER, 1)), null, "d3"));
        FetchedDocuments third = source.fetch(p -> { });

        assertThat(byPath(third).keySet()).isEqualTo(byPath(second).keySet());
        assertThat(byPath(third).get(PREFIX + "faq.md").text().text()).contains("næstsidste bankdag");
        assertThat(graph.requests()).contains("GET /v1.0/drives/" + DRIVE + "/root/delta");
        assertThat(contentRequests()).isEmpty();
    }

    @Test
    void aFileSharedWithNoMappedGroupIsLeftOutAndWithoutAMappingNoneIsRestricted() throws Exception {
        library();
        graph.onJson("/v1.0/drives/" + DRIVE + "/items/" + SENIOR + "/permissions", permissions(owners(), personal()));

        FetchedDocuments mapped = source(Map.of("audiences", Map.of("HR-ledere", "ledere")), FakeGraph.SECRET).fetch(p -> { });
        assertThat(byPath(mapped).keySet()).doesNotContain(PREFIX + "Politikker/seniordage.pdf");
        assertThat(mapped.warnings()).containsExactly(PREFIX + "Politikker/seniordage.pdf: shared with no group or user the audiences mapping names, left out");

        graph.clearRequests();
        FetchedDocuments unmapped = source(Map.of(), FakeGraph.SECRET).fetch(p -> { });
        assertThat(byPath(unmapped).keySet()).contains(PREFIX + "Politikker/seniordage.pdf");
        assertThat(unmapped.documents()).allMatch(d -> d.metadata().isEmpty());
        assertThat(graph.requests()).noneMatch(r -> r.endsWith("/permissions")); // nothing to map them to: not asked
    }

    @Test
    void aBrokenFileIsLeftOutUntilItChangesAndAFailedDownloadIsTriedAgain() throws Exception {
        library();
        graph.onContent(DRIVE, SENIOR, "ikke en pdf".getBytes(StandardCharsets.UTF_8));
        graph.failContentOnce(DRIVE, FERIE, 500);
        SharePointSource source = source(Map.of(), FakeGraph.SECRET);

        FetchedDocuments first = source.fetch(p -> { });

        assertThat(byPath(first).keySet()).containsExactly(PREFIX + "faq.md");
        assertThat(first.warnings()).hasSize(2).anyMatch(w -> w.startsWith(PREFIX + "Politikker/seniordage.pdf: ") && w.endsWith(", skipped"))
                .contains(PREFIX + "ferie.docx: not downloaded (Microsoft Graph answered 500 for /drives/" + DRIVE + "/items/" + FERIE
                        + "/content [generalException]), skipped");

        graph.clearRequests();
        graph.onJson("/v1.0/drives/" + DRIVE + "/root/delta?token=d1", delta(List.of(), null, "d2"));
        FetchedDocuments second = source.fetch(p -> { });

        assertThat(byPath(second).keySet()).containsExactly(PREFIX + "faq.md", PREFIX + "ferie.docx");
        assertThat(second.warnings()).singleElement().asString().startsWith(PREFIX + "Politikker/seniordage.pdf: ");
        assertThat(contentRequests()).containsExactly(FERIE);
    }

    @Test
    void aFolderOfTheLibraryGivesOnlyItsFiles() throws Exception {
        library();
        graph.onJson("/v1.0/drives/" + DRIVE + "/root:/Politikker?$select=id,folder", folder(POLITIKKER, "Politikker", ROOT));

        FetchedDocuments documents = source(Map.of("folder", "/Politikker/"), FakeGraph.SECRET).fetch(p -> { });

        assertThat(byPath(documents).keySet()).containsExactly(PREFIX + "Politikker/seniordage.pdf");
        assertThat(contentRequests()).containsExactly(SENIOR);
    }

    @Test
    void aQuestionIsAnsweredFromASharePointDocumentWithItsCitationAndItsAudienceKept() throws Exception {
        library();
        FetchedDocuments fetched = source(Map.of("audiences", Map.of("HR-ledere", "ledere")), FakeGraph.SECRET).fetch(p -> { });

        KnowledgeSnapshot snapshot = SnapshotBuilder.fromFetched(fetched.documents(), fetched.warnings(), p -> { });

        SearchHit pay = snapshot.search("Hvornår udbetales lønnen?", Set.of(), 3).hits().get(0);
        assertThat(pay.passage().path()).isEqualTo(PREFIX + "faq.md");
        assertThat(pay.passage().text()).contains("sidste bankdag");
        String senior = "Hvor mange seniordage har medarbejdere på 60 år?";
        assertThat(snapshot.search(senior, Set.of(), 3).hits()).noneMatch(h -> h.passage().path().endsWith("seniordage.pdf"));
        assertThat(snapshot.search(senior, Set.of("ledere"), 3).hits().get(0).passage().path()).isEqualTo(PREFIX + "Politikker/seniordage.pdf");
    }

    @Test
    void throttlingIsWaitedOutAsGraphSays() throws Exception {
        library();
        graph.on("/v1.0/sites/" + SITE + "?$select=id,webUrl", Response.error(429, "activityLimitReached", Map.of("Retry-After", "1")),
                Response.json(site()));

        FetchedDocuments documents = source(Map.of(), FakeGraph.SECRET).fetch(p -> { });

        assertThat(documents.documents()).hasSize(3);
        assertThat(graph.requests()).filteredOn(r -> r.startsWith("GET /v1.0/sites/" + SITE)).hasSize(2);
    }

    @Test
    void throttlingLongerThanAMinuteFailsTheFetchInsteadOfStallingIt() throws Exception {
        library();
        graph.on("/v1.0/sites/" + SITE + "?$select=id,webUrl", Response.error(503, "serviceNotAvailable", Map.of("Retry-After", "3600")));

        assertThatThrownBy(() -> source(Map.of(), FakeGraph.SECRET).fetch(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining(SOURCE).hasMessageContaining("kept asking to wait (503)");
    }

    @Test
    void aRefusedTokenFailsTheFetchNamingTheSourceAndKeepsWhereItWas() throws Exception {
        library();
        SharePointSource source = source(Map.of(), FakeGraph.SECRET);
        source.fetch(p -> { });
        graph.refuseGraph(401);

        assertThatThrownBy(() -> source.fetch(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining("SharePoint source \"" + SOURCE + "\"").hasMessageContaining("401")
                .hasMessageNotContaining("token=");

        graph.refuseGraph(0);
        graph.clearRequests();
        graph.onJson("/v1.0/drives/" + DRIVE + "/root/delta?token=d1", delta(List.of(), null, "d2"));
        assertThat(source.fetch(p -> { }).documents()).hasSize(3); // from the same delta link, nothing downloaded again
        assertThat(graph.requests()).containsExactly("GET /v1.0/drives/" + DRIVE + "/root/delta?token=d1");
    }

    @Test
    void aForbiddenLibrarySaysWhichPermissionTheAppNeeds() throws Exception {
        library();
        graph.refuseGraph(403);

        assertThatThrownBy(() -> source(Map.of(), FakeGraph.SECRET).fetch(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining(SOURCE).hasMessageContaining("403").hasMessageContaining("Sites.Read.All");
    }

    @Test
    void aWrongSecretFailsTheFetchWithTheAuthoritysAnswerAndNotTheSecret() throws Exception {
        library();

        assertThatThrownBy(() -> source(Map.of(), "forkert").fetch(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining(SOURCE).hasMessageContaining("invalid_client").hasMessageNotContaining("forkert");
        assertThat(graph.requests()).noneMatch(r -> r.startsWith("GET /v1.0/"));
    }

    @Test
    void anUnreachableGraphFailsTheFetchNamingTheSource() throws Exception {
        library();
        SharePointSource source = source(Map.of(), FakeGraph.SECRET);
        source.fetch(p -> { });
        graph.close();

        assertThatThrownBy(() -> source.fetch(p -> { })).isInstanceOf(IOException.class)
                .hasMessageContaining(SOURCE).hasMessageContaining("unreachable");
    }

    // --- the library, as Graph describes it

    /** Site HR, its libraries, and the first delta (two pages): faq.md, ferie.docx, Politikker/seniordage.pdf, budget.xlsx. */
    private void library() throws Exception {
        graph.onJson("/v1.0/sites/" + SITE + "?$select=id,webUrl", site());
        graph.onJson("/v1.0/sites/" + SITE_ID + "/drives?$select=id,name,webUrl", """
                {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#drives(id,name,webUrl)","value":[
                 {"id":"b!other","name":"Skabeloner","webUrl":"https://region.sharepoint.com/sites/HR/Skabeloner"},
                 {"id":"%s","name":"Dokumenter","webUrl":"https://region.sharepoint.com/sites/HR/Delte%%20dokumenter"}]}
                """.formatted(DRIVE));
        graph.onJson("/v1.0/drives/" + DRIVE + "/root?$select=id", "{\"id\":\"" + ROOT + "\"}");
        graph.onJson("/v1.0/drives/" + DRIVE + "/root/delta", delta(List.of(folder(ROOT, "root", null), file(FAQ, "faq.md", ROOT, 1),
                file(FERIE, "ferie.docx", ROOT, 1)), "page2", null));
        graph.onJson("/v1.0/drives/" + DRIVE + "/root/delta?token=page2", delta(List.of(folder(POLITIKKER, "Politikker", ROOT),
                file(SENIOR, "seniordage.pdf", POLITIKKER, 1), file(BUDGET, "budget.xlsx", ROOT, 1)), null, "d1"));
        graph.onContent(DRIVE, FAQ, FAQ_V1.getBytes(StandardCharsets.UTF_8));
        graph.onContent(DRIVE, FERIE, docx("Ferie", "Ferieåret starter 1. september og løber til 31. august."));
        graph.onContent(DRIVE, SENIOR, TestDocuments.pdf("Seniordage", "Medarbejdere på 60 år har ret til to seniordage om året."));
        graph.onContent(DRIVE, BARSEL, BARSEL_MD.getBytes(StandardCharsets.UTF_8));
        graph.onJson("/v1.0/drives/" + DRIVE + "/items/" + FAQ + "/permissions", permissions(owners(), """
                {"id":"T0RCNjY2NjY","roles":["read"],"grantedToIdentitiesV2":[],"hasPassword":false,
                 "link":{"scope":"organization","type":"view","preventsDownload":false,"webUrl":"https://region.sharepoint.com/:t:/s/HR/EXb"}}"""));
        graph.onJson("/v1.0/drives/" + DRIVE + "/items/" + FERIE + "/permissions", permissions(owners(), """
                {"id":"Y29tcGFueQ","roles":["read"],"grantedToV2":{"siteUser":{"displayName":"Alle undtagen eksterne brugere","id":"9",
                 "loginName":"c:0-.f|rolemanager|spo-grid-all-users/%s"}}}""".formatted(FakeGraph.TENANT)));
        String leaders = permissions(owners(), personal(), """
                {"id":"bGVkZXJl","roles":["read"],"grantedToV2":{"group":{"id":"4b5e0c1d-8f1a-4c7e-9a2b-1d3e5f7a9b0c","displayName":"HR-ledere",
                 "email":"hr-ledere@region.example"},"siteGroup":{"displayName":"HR-ledere","id":"14","loginName":"HR-ledere"}}}""");
        graph.onJson("/v1.0/drives/" + DRIVE + "/items/" + SENIOR + "/permissions", leaders);
        graph.onJson("/v1.0/drives/" + DRIVE + "/items/" + BARSEL + "/permissions", leaders);
    }

    private static String site() {
        return "{\"id\":\"" + SITE_ID + "\",\"webUrl\":\"https://region.sharepoint.com/sites/HR\"}";
    }

    private String delta(List<String> items, String nextToken, String deltaToken) {
        String link = nextToken != null ? "\"@odata.nextLink\":\"" + graph.graphUrl() + "/drives/" + DRIVE + "/root/delta?token=" + nextToken + "\""
                : "\"@odata.deltaLink\":\"" + graph.graphUrl() + "/drives/" + DRIVE + "/root/delta?token=" + deltaToken + "\"";
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#Collection(driveItem)\"," + link
                + ",\"value\":[" + String.join(",", items) + "]}";
    }

    private static String folder(String id, String name, String parent) {
        String parentReference = parent == null ? "" : ",\"parentReference\":{\"driveType\":\"documentLibrary\",\"driveId\":\"" + DRIVE + "\",\"id\":\"" + parent + "\"}";
        String root = parent == null ? ",\"root\":{}" : "";
        return """
                {"@odata.type":"#microsoft.graph.driveItem","id":"%s","name":"%s","eTag":"\\"{%s},1\\"","cTag":"\\"c:{%s},0\\"",
                 "createdDateTime":"2025-11-03T08:00:00Z","lastModifiedDateTime":"2026-03-02T09:30:00Z","size":0,
                 "webUrl":"https://region.sharepoint.com/sites/HR/Delte%%20dokumenter/%s","folder":{"childCount":2}%s%s}"""
                .formatted(id, name, id, id, name, parentReference, root);
    }

    private static String file(String id, String name, String parent, int version) {
        return """
                {"@odata.type":"#microsoft.graph.driveItem","id":"%s","name":"%s","eTag":"\\"{%s},%d\\"","cTag":"\\"c:{%s},%d\\"",
                 "createdDateTime":"2025-11-03T08:00:00Z","lastModifiedDateTime":"2026-03-02T09:30:00Z","size":2048,
                 "webUrl":"https://region.sharepoint.com/sites/HR/Delte%%20dokumenter/%s",
                 "createdBy":{"user":{"displayName":"SharePoint-app"}},
                 "parentReference":{"driveType":"documentLibrary","driveId":"%s","id":"%s"},
                 "file":{"mimeType":"application/octet-stream","hashes":{"quickXorHash":"Hx4tY4sD+nO7lJ4m5bK0lq1k2pE="}},
                 "fileSystemInfo":{"createdDateTime":"2025-11-03T08:00:00Z","lastModifiedDateTime":"2026-03-02T09:30:00Z"}}"""
                .formatted(id, name, id, version, id, version, name, DRIVE, parent);
    }

    private static String deleted(String id, String parent) {
        return """
                {"@odata.type":"#microsoft.graph.driveItem","id":"%s","parentReference":{"driveType":"documentLibrary","driveId":"%s","id":"%s"},
                 "file":{},"deleted":{"state":"deleted"}}""".formatted(id, DRIVE, parent);
    }

    private static String permissions(String... permissions) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#drives('x')/items('y')/permissions\",\"value\":["
                + String.join(",", permissions) + "]}";
    }

    /** The site's owners, as every file inherits them. */
    private static String owners() {
        return """
                {"id":"aTowIy5mfG1lbWJlcnNoaXB8","roles":["owner"],"grantedToV2":{"siteGroup":{"displayName":"HR Ejere","id":"3","loginName":"HR Ejere"}}}""";
    }

    /** Shared with one person by a link for specific people. */
    private static String personal() {
        return """
                {"id":"cGVyc29u","roles":["read"],"grantedToIdentitiesV2":[{"user":{"id":"8c4a2b1e-7d6f-4e3a-b2c1-0f9e8d7c6b5a",
                 "displayName":"Kirsten Holm","email":"kiho@region.example"},"siteUser":{"displayName":"Kirsten Holm","id":"12",
                 "loginName":"i:0#.f|membership|kiho@region.example"}}],
                 "link":{"scope":"users","type":"view","webUrl":"https://region.sharepoint.com/:b:/s/HR/EYc"}}""";
    }

    // --- helpers

    private SharePointSource source(Map<String, Object> extra, String secret) {
        Map<String, Object> sharepoint = new HashMap<>(Map.of("tenant", FakeGraph.TENANT, "client-id", FakeGraph.CLIENT_ID,
                "client-secret-env", "HR_SHAREPOINT_SECRET", "site", SITE, "library", "Dokumenter",
                "graph-url", graph.graphUrl(), "authority-url", graph.authorityUrl()));
        sharepoint.putAll(extra);
        SharePointSettings settings = SharePointSettings.parse(SOURCE, Map.of("name", SOURCE, "interval", "15m", "sharepoint", sharepoint));
        return new SharePointSource(SOURCE, settings, secret, graph.clientTls());
    }

    private static Map<String, FetchedDocument> byPath(FetchedDocuments fetched) {
        return fetched.documents().stream().collect(Collectors.toMap(d -> d.text().path(), Function.identity(),
                (a, b) -> { throw new AssertionError("two documents cited as " + a.text().path()); }, java.util.TreeMap::new));
    }

    /** The items whose content was downloaded, from the request log. */
    private List<String> contentRequests() {
        return graph.requests().stream().filter(r -> r.endsWith("/content"))
                .map(r -> r.substring(r.indexOf("/items/") + 7, r.length() - "/content".length())).toList();
    }

    private static byte[] docx(String heading, String body) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(heading);
            doc.createParagraph().createRun().setText(body);
            doc.write(out);
            return out.toByteArray();
        }
    }
}

package dk.hrassistenten.knowledge.source.sharepoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hrassistenten.knowledge.source.sharepoint.PermissionAudiences.Audience;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graph's permission objects, as Microsoft documents them, mapped to audiences. */
class PermissionAudiencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PermissionAudiences MAPPING = new PermissionAudiences(Map.of(
            "hr-ledere", "ledere", "4b5e0c1d-8f1a-4c7e-9a2b-1d3e5f7a9b0c", "hr", "tr@region.example", "tillidsfolk", "hr besøgende", "*"));

    private static final String OWNERS = """
            {"id":"1","roles":["owner"],"grantedToV2":{"siteGroup":{"displayName":"HR Ejere","id":"3","loginName":"HR Ejere"}}}""";

    private static Audience of(String... permissions) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String p : permissions) {
            nodes.add(JSON.readTree(p));
        }
        return MAPPING.of(nodes);
    }

    @Test
    void groupsAndUsersMapByNameIdOrEmailIgnoringCase() throws Exception {
        assertThat(of(OWNERS, """
                {"id":"2","roles":["read"],"grantedToV2":{"siteGroup":{"displayName":"HR-Ledere","id":"14","loginName":"HR-Ledere"}}}"""))
                .isEqualTo(new Audience(true, "ledere"));
        assertThat(of("""
                {"id":"3","roles":["read"],"grantedToIdentitiesV2":[
                  {"group":{"id":"4b5e0c1d-8f1a-4c7e-9a2b-1d3e5f7a9b0c","displayName":"Personalejura"}},
                  {"user":{"id":"8c4a","displayName":"Tina Rask","email":"TR@region.example"}}],
                 "link":{"scope":"users","type":"view"}}"""))
                .isEqualTo(new Audience(true, "hr,tillidsfolk"));
    }

    @Test
    void aFileEveryoneMayOpenHasNoRestriction() throws Exception {
        assertThat(of(OWNERS, """
                {"id":"4","roles":["read"],"grantedToV2":{"siteUser":{"displayName":"Everyone except external users","id":"9",
                 "loginName":"c:0-.f|rolemanager|spo-grid-all-users/72f988bf-0000-4000-8000-2d7cd011db47"}}}""")).isEqualTo(Audience.EVERYONE);
        assertThat(of("""
                {"id":"5","roles":["read"],"grantedToV2":{"siteGroup":{"displayName":"Alle","id":"10","loginName":"c:0(.s|true"}}}"""))
                .isEqualTo(Audience.EVERYONE);
        assertThat(of(OWNERS, """
                {"id":"6","roles":["read"],"link":{"scope":"organization","type":"view"},"grantedToIdentitiesV2":[]}""")).isEqualTo(Audience.EVERYONE);
        assertThat(of("""
                {"id":"7","roles":["read"],"link":{"scope":"anonymous","type":"view"}}""")).isEqualTo(Audience.EVERYONE);
        assertThat(of("""
                {"id":"8","roles":["read"],"grantedToV2":{"siteGroup":{"displayName":"HR Besøgende","id":"5","loginName":"HR Besøgende"}}}"""))
                .isEqualTo(Audience.EVERYONE); // mapped to "*"
    }

    @Test
    void aFileGrantedToNoOneTheMappingNamesIsUnmapped() throws Exception {
        assertThat(of(OWNERS, """
                {"id":"9","roles":["read"],"grantedToIdentitiesV2":[{"user":{"id":"u1","displayName":"Kirsten Holm","email":"kiho@region.example"}}],
                 "link":{"scope":"users","type":"view"}}""")).isEqualTo(Audience.UNMAPPED);
        assertThat(of()).isEqualTo(Audience.UNMAPPED);
    }
}

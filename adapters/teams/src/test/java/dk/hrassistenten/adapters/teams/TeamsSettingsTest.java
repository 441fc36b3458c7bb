package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamsSettingsTest {

    private static final String APP = "11111111-2222-3333-4444-555555555555";

    @Test
    void nothingSetMeansNoTeams() {
        assertThat(TeamsSettings.fromEnvironment(Map.of())).isNull();
        assertThat(TeamsSettings.fromEnvironment(Map.of("TEAMS_LOCAL_DEV", "false"))).isNull();
    }

    @Test
    void anAppIdAndPasswordTurnAuthenticationOn() {
        TeamsSettings s = TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP, "MICROSOFT_APP_PASSWORD", "secret",
                "MICROSOFT_APP_TENANT_ID", "tenant"));

        assertThat(s.localDevelopment()).isFalse();
        assertThat(s.tenantId()).isEqualTo("tenant");
        assertThat(s.toString()).doesNotContain("secret").contains("authenticated");
    }

    @Test
    void localDevelopmentHasNoCredentials() {
        TeamsSettings s = TeamsSettings.fromEnvironment(Map.of("TEAMS_LOCAL_DEV", "true"));

        assertThat(s.localDevelopment()).isTrue();
        assertThat(s.appId()).isNull();
    }

    @Test
    void aPasswordWithoutAnAppIdStopsTheStart() {
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_PASSWORD", "secret")))
                .hasMessageContaining("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not").hasMessageNotContaining("secret\"");
    }

    @Test
    void anAppIdWithoutAPasswordStopsTheStart() {
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP)))
                .hasMessageContaining("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not");
    }

    @Test
    void credentialsAndLocalDevelopmentTogetherAreAContradiction() {
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", APP, "MICROSOFT_APP_PASSWORD", "secret",
                "TEAMS_LOCAL_DEV", "true"))).hasMessageContaining("TEAMS_LOCAL_DEV=true turns Teams authentication off");
    }

    @Test
    void aTenantWithoutCredentialsIsAHalfConfiguration() {
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_TENANT_ID", "tenant")))
                .hasMessageContaining("MICROSOFT_APP_ID is not");
    }

    @Test
    void anAppIdThatIsNoGuidStopsTheStartSayingWhereTheIdIs() {
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(Map.of("MICROSOFT_APP_ID", "HR-assistenten", "MICROSOFT_APP_PASSWORD", "secret")))
                .hasMessageContaining("MICROSOFT_APP_ID must be the Azure Bot's app id, a GUID").hasMessageContaining("Microsoft App ID")
                .hasMessageNotContaining("secret");
    }

    @Test
    void localDevMustBeTrueOrFalse() {
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(Map.of("TEAMS_LOCAL_DEV", "yes")))
                .hasMessageContaining("TEAMS_LOCAL_DEV must be true or false");
    }

    @Test
    void signingKeysComeOverHttpsOrFromThisMachine() {
        Map<String, String> base = Map.of("MICROSOFT_APP_ID", APP, "MICROSOFT_APP_PASSWORD", "secret");
        assertThat(TeamsSettings.fromEnvironment(with(base, "https://login.botframework.us/v1/.well-known/openidconfiguration"))).isNotNull();
        assertThat(TeamsSettings.fromEnvironment(with(base, "http://127.0.0.1:8000/openid"))).isNotNull();
        assertThatThrownBy(() -> TeamsSettings.fromEnvironment(with(base, "http://keys.example/openid")))
                .hasMessageContaining("must be an https:// URL");
    }

    private static Map<String, String> with(Map<String, String> base, String metadata) {
        java.util.HashMap<String, String> env = new java.util.HashMap<>(base);
        env.put("MICROSOFT_BOT_OPENID_METADATA", metadata);
        return env;
    }
}

package dk.hrassistenten.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    private static final Map<String, String> OIDC = Map.of(
            WebSettings.OIDC_ISSUER, "https://login.microsoftonline.com/tenant/v2.0",
            WebSettings.OIDC_CLIENT_ID, "client",
            WebSettings.OIDC_CLIENT_SECRET, "a-secret-of-enough-length",
            WebSettings.OIDC_REDIRECT_URL, "https://hr.example.org/auth/callback");

    private static Map<String, String> oidcWith(String name, String value) {
        Map<String, String> env = new HashMap<>(OIDC);
        env.put(name, value);
        return env;
    }

    @Test
    void nothingConfiguredIsAnonymous() {
        WebSettings web = WebSettings.fromEnvironment(Map.of());
        assertThat(web.signsIn()).isFalse();
        assertThat(web.localTrial()).isFalse();
    }

    @Test
    void openIdConnectNeedsAllFourSettingsAndHttpsAwayFromThisMachine() {
        assertThat(WebSettings.fromEnvironment(OIDC).oidc().clientId()).isEqualTo("client");
        assertThat(WebSettings.fromEnvironment(OIDC).toString()).doesNotContain("a-secret-of-enough-length");
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.OIDC_ISSUER, "https://idp.example.org")))
                .hasMessageContaining(WebSettings.OIDC_CLIENT_ID).hasMessageContaining(WebSettings.OIDC_REDIRECT_URL);
        assertThatThrownBy(() -> WebSettings.fromEnvironment(oidcWith(WebSettings.OIDC_ISSUER, "http://idp.example.org")))
                .hasMessageContaining("https");
        assertThat(WebSettings.fromEnvironment(oidcWith(WebSettings.OIDC_ISSUER, "http://localhost:8081/default")).oidc()).isNotNull();
        assertThatThrownBy(() -> WebSettings.fromEnvironment(oidcWith(WebSettings.OIDC_REDIRECT_URL, "https://hr.example.org/callback")))
                .hasMessageContaining("/auth/");
        assertThatThrownBy(() -> WebSettings.fromEnvironment(oidcWith(WebSettings.OIDC_REDIRECT_URL, "https://hr.example.org/auth/login")))
                .hasMessageContaining("/auth/");
        assertThatThrownBy(() -> WebSettings.fromEnvironment(oidcWith(WebSettings.OIDC_CLIENT_SECRET, "short")))
                .hasMessageContaining("too short");
    }

    @Test
    void aProxyHeaderNeedsTheProxysAddressesAsLiterals() {
        WebSettings web = WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User",
                WebSettings.TRUSTED_PROXIES, "10.0.0.5, 10.1.0.0/16, ::1"));
        assertThat(web.proxy().addresses()).containsExactly("10.0.0.5", "10.1.0.0/16", "::1");
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User")))
                .hasMessageContaining(WebSettings.TRUSTED_PROXIES);
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User",
                WebSettings.TRUSTED_PROXIES, "proxy.example.org"))).hasMessageContaining("IP addresses");
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.PROXY_USER_HEADER, "X-Forwarded-User",
                WebSettings.TRUSTED_PROXIES, "10.0.0.0/33"))).hasMessageContaining("IP addresses");
    }

    @Test
    void aLocalTrialCannotBeCombinedWithASignIn() {
        assertThat(WebSettings.fromEnvironment(Map.of(WebSettings.LOCAL_TRIAL, "true")).localTrial()).isTrue();
        assertThatThrownBy(() -> WebSettings.fromEnvironment(oidcWith(WebSettings.LOCAL_TRIAL, "true")))
                .hasMessageContaining(WebSettings.LOCAL_TRIAL);
        assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.LOCAL_TRIAL, "yes"))).hasMessageContaining("true or false");
    }

    @Test
    void administratorsAreAListOfIdsAndAddressesComparedWithoutCase() {
        WebSettings web = WebSettings.fromEnvironment(Map.of(WebSettings.ADMINS, " Hr-Chef@Example.org, U123 ,,"));
        assertThat(web.admins()).containsExactlyInAnyOrder("hr-chef@example.org", "u123");
        assertThat(web.admin("hr-chef@example.org")).isTrue();
        assertThat(web.admin("U123")).isTrue();
        assertThat(web.admin("someone@example.org")).isFalse();
        assertThat(web.admin(null)).isFalse();
        assertThat(WebSettings.fromEnvironment(Map.of()).admins()).isEmpty();
    }

    @Test
    void theAccessibilityContactIsAnEmailOrAWebAddress() {
        assertThat(WebSettings.fromEnvironment(Map.of()).accessibilityContact()).isNull();
        assertThat(WebSettings.fromEnvironment(Map.of(WebSettings.ACCESSIBILITY_CONTACT, " web@example.org ")).accessibilityContact())
                .isEqualTo("web@example.org");
        assertThat(WebSettings.fromEnvironment(Map.of(WebSettings.ACCESSIBILITY_CONTACT, "https://example.org/kontakt")).accessibilityContact())
                .isEqualTo("https://example.org/kontakt");
        for (String bad : new String[] {"Ring til HR", "javascript:alert(1)", "a@b", "<x>@example.org"}) {
            assertThatThrownBy(() -> WebSettings.fromEnvironment(Map.of(WebSettings.ACCESSIBILITY_CONTACT, bad))).as(bad)
                    .hasMessageContaining(WebSettings.ACCESSIBILITY_CONTACT);
        }
    }
}

package dk.hrassistenten.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectorAdapterTest {

    @Test
    void outboundTokensComeFromTheConfiguredTenant() {
        TeamsSettings settings = new TeamsSettings("app", "secret", "72f988bf-0000-4000-8000-2d7cd011db47", null, null, Duration.ofSeconds(5));

        AppCredentials credentials = ConnectorAdapter.tenantCredentials(settings).of("app", "https://api.botframework.com/.default");

        assertThat(credentials).isInstanceOf(MicrosoftAppCredentials.class);
        assertThat(credentials.getAppId()).isEqualTo("app");
        assertThat(((MicrosoftAppCredentials) credentials).getAppPassword()).isEqualTo("secret");
        assertThat(credentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/72f988bf-0000-4000-8000-2d7cd011db47");
        assertThat(credentials.oAuthScope()).isEqualTo("https://api.botframework.com/.default");
    }

    @Test
    void withoutATenantTheBotFrameworksOwnIssuesThem() {
        TeamsSettings settings = new TeamsSettings("app", "secret", null, null, null, Duration.ofSeconds(5));

        assertThat(ConnectorAdapter.tenantCredentials(settings).of("app", "scope").oAuthEndpoint())
                .isEqualTo("https://login.microsoftonline.com/botframework.com");
    }
}

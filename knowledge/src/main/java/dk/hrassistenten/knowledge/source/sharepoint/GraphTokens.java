package dk.hrassistenten.knowledge.source.sharepoint;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * Access tokens for Microsoft Graph as the app itself (client credentials), from msal4j. A token is used until five
 * minutes before it expires, so most calls ask no one. msal4j has a cache of its own, but it misses for an authority
 * with a port (it keys its instance metadata by host alone and looks tokens up by host and port), so the token is
 * kept here too. Thread-safe.
 */
final class GraphTokens {

    private static final Set<String> GRAPH_SCOPE = Set.of("https://graph.microsoft.com/.default");
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final long WAIT_SECONDS = 60;
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final ConfidentialClientApplication app;
    private final String authority;
    private final Clock clock;
    private IAuthenticationResult current;

    /**
     * @param clientSecret the app registration's secret, kept only inside msal4j
     * @param tls          whom to trust for the token endpoint ({@code SSLContext.getDefault()} but in tests)
     */
    GraphTokens(SharePointSettings settings, String clientSecret, SSLContext tls, Clock clock) {
        this.authority = settings.authorityUrl().toString();
        this.clock = clock;
        try {
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                    .builder(settings.clientId(), ClientCredentialFactory.createFromSecret(clientSecret))
                    .authority(authority)
                    .sslSocketFactory(tls.getSocketFactory())
                    .connectTimeoutForDefaultHttpClient(CONNECT_TIMEOUT_MILLIS)
                    .readTimeoutForDefaultHttpClient(READ_TIMEOUT_MILLIS);
            if (!authority.startsWith("https://login.microsoftonline.com/")) {
                // Another authority (a national cloud's, a test's) is not in Microsoft's public instance list.
                builder.instanceDiscovery(false).validateAuthority(false);
            }
            this.app = builder.build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("sharepoint.authority-url: msal4j does not accept \"" + authority + "\": " + e.getMessage(), e);
        }
    }

    /** A valid token for Graph: the last one while it lasts, else a new one. */
    synchronized String accessToken() throws IOException {
        if (current == null || !current.expiresOnDate().toInstant().isAfter(clock.instant().plus(RENEW_BEFORE_EXPIRY))) {
            current = newToken();
        }
        return current.accessToken();
    }

    private IAuthenticationResult newToken() throws IOException {
        try {
            return app.acquireToken(ClientCredentialParameters.builder(GRAPH_SCOPE).build()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while getting a Graph token from " + authority, e);
        } catch (TimeoutException e) {
            throw new IOException("no Graph token from " + authority + " within " + WAIT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new IOException(refusal(e.getCause()), e.getCause());
        }
    }

    /** What went wrong, without the secret: the authority's error code says which setting to fix. */
    private String refusal(Throwable cause) {
        if (cause instanceof MsalServiceException refused) {
            return "the token endpoint " + authority + " refused the app (HTTP " + refused.statusCode() + ", " + refused.errorCode()
                    + "): check sharepoint.tenant, client-id and the secret";
        }
        return "no Graph token from " + authority + ": " + (cause == null ? "unknown error" : cause.getMessage());
    }
}

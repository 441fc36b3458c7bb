package dk.hrassistenten.adapters.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's adapter with two changes: outbound tokens are issued by the configured tenant (a single-tenant
 * bot registration), and the connector client retries throttling and gateway errors with backoff
 * ({@link ConnectorRetry}) instead of the SDK's immediate retries.
 */
final class ConnectorAdapter extends BotFrameworkHttpAdapter {

    /** The credentials the bot sends with: by its app id and the token's scope. */
    @FunctionalInterface
    interface OutboundCredentials {
        AppCredentials of(String appId, String scope);
    }

    private final OutboundCredentials outbound;
    private final RetryStrategy retry;
    private final CredentialProvider credentials;
    private final ChannelProvider channels;

    ConnectorAdapter(TeamsSettings settings, RetryStrategy retry, OutboundCredentials outbound) {
        this(settings, retry, outbound, new SimpleCredentialProvider(nullToEmpty(settings.appId()), nullToEmpty(settings.appPassword())),
                new SimpleChannelProvider());
    }

    private ConnectorAdapter(TeamsSettings settings, RetryStrategy retry, OutboundCredentials outbound, CredentialProvider credentials,
                             ChannelProvider channels) {
        super(credentials, channels);
        this.outbound = outbound;
        this.retry = retry;
        this.credentials = credentials;
        this.channels = channels;
        // The SDK keeps this URL in a static field; set it every time so that no earlier value lingers.
        ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl() != null ? settings.openIdMetadataUrl()
                : AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL);
    }

    /**
     * Who sent a request: the Bot Framework token in its Authorization header checked (signature against the
     * published keys, issuer, audience = this bot, lifetime, the channel's endorsement, the serviceurl claim
     * against the activity's). Fails for anything else; with no app id (local development) no header is needed.
     */
    CompletableFuture<ClaimsIdentity> authenticate(String authorization, Activity activity) {
        try {
            return JwtTokenValidation.authenticateRequest(activity, authorization, credentials, channels, new AuthenticationConfiguration());
        } catch (RuntimeException malformed) {
            return CompletableFuture.failedFuture(malformed); // the SDK decodes some tokens before its futures start
        }
    }

    /** Runs an authenticated activity through the bot. */
    CompletableFuture<InvokeResponse> process(ClaimsIdentity identity, Activity activity, Bot bot) {
        try {
            return processActivity(identity, activity, bot::onTurn);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Tokens from Entra ID for the bot's app id and password, issued by the configured tenant (or Bot Framework's). */
    static OutboundCredentials tenantCredentials(TeamsSettings settings) {
        return (appId, scope) -> new MicrosoftAppCredentials(appId, settings.appPassword(), settings.tenantId(), scope);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(outbound.of(appId, scope));
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials credentials) {
        AppCredentials using = credentials != null ? credentials : MicrosoftAppCredentials.empty();
        String key = keyForConnectorClient(serviceUrl, using.getAppId(), using.oAuthScope());
        ConnectorClient cached = getConnectorClientCache().get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        try {
            String base = URI.create(serviceUrl).toURL().toString();
            ConnectorClient client = new RestConnectorClient(RestConnectorClient.getDefaultRestClientBuilder(base, using)
                    .withRetryStrategy(retry).build());
            addConnectorClientToCache(serviceUrl, using.getAppId(), using.oAuthScope(), client);
            return CompletableFuture.completedFuture(client);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid service URL", e));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package dk.hrassistenten.adapters.teams;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Teams' configuration, from the environment variables contract.md names. Built once at start. Either the
 * bot's app id and password are set (every request must carry a Bot Framework token) or
 * {@code TEAMS_LOCAL_DEV=true} (no authentication; the service listens on loopback only); never both, never half.
 *
 * @param appId the Microsoft app id of the bot registration; null in local development
 * @param appPassword its client secret; null in local development
 * @param tenantId the tenant that issues the bot's outbound tokens and whose conversations are answered; null
 *     for a multi-tenant registration
 * @param openIdMetadataUrl where the Bot Framework's token signing keys are published; null for the public cloud's
 * @param publicUrl the service's public base URL, for source links; null when not known
 * @param answerWithin how long an answer may take before the person is told "Jeg søger …" and the answer follows
 *     proactively; well under Teams' 15 seconds
 */
public record TeamsSettings(String appId, String appPassword, String tenantId, String openIdMetadataUrl, String publicUrl,
                            Duration answerWithin) {

    public static final String APP_ID = "MICROSOFT_APP_ID";
    public static final String APP_PASSWORD = "MICROSOFT_APP_PASSWORD";
    public static final String TENANT_ID = "MICROSOFT_APP_TENANT_ID";
    public static final String LOCAL_DEV = "TEAMS_LOCAL_DEV";
    /** For sovereign clouds; the Bot Framework SDK calls this setting "BotOpenIdMetadata". */
    public static final String OPENID_METADATA = "MICROSOFT_BOT_OPENID_METADATA";
    public static final String PUBLIC_URL = "HR_ASSISTANT_PUBLIC_URL";
    /** The environment variables these settings are read from. */
    public static final List<String> ENVIRONMENT = List.of(APP_ID, APP_PASSWORD, TENANT_ID, LOCAL_DEV, OPENID_METADATA, PUBLIC_URL);

    static final Duration DEFAULT_ANSWER_WITHIN = Duration.ofSeconds(5);
    /** An app id that is no GUID is a value copied from the wrong field; every request would then fail authentication. */
    private static final java.util.regex.Pattern GUID = java.util.regex.Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    /** Teams' settings, or null when Teams is not configured; throws with what to fix for a half or contradictory one. */
    public static TeamsSettings fromEnvironment(Map<String, String> env) {
        String appId = blankToNull(env.get(APP_ID));
        String password = blankToNull(env.get(APP_PASSWORD));
        String tenant = blankToNull(env.get(TENANT_ID));
        String metadata = blankToNull(env.get(OPENID_METADATA));
        boolean localDev = localDev(env);
        if (password != null && appId == null) {
            throw new IllegalArgumentException(APP_PASSWORD + " is set but " + APP_ID + " is not: set the bot's app id too, or neither.");
        }
        if (appId != null && password == null) {
            throw new IllegalArgumentException(APP_ID + " is set but " + APP_PASSWORD + " is not: without the password Teams' requests "
                    + "cannot be answered. Set the bot's client secret too, or neither.");
        }
        if (appId != null && localDev) {
            throw new IllegalArgumentException(LOCAL_DEV + "=true turns Teams authentication off, but " + APP_ID + " is set too: "
                    + "unset " + LOCAL_DEV + " to run with authentication, or unset the credentials for a local trial.");
        }
        if (appId == null && !localDev) {
            if (tenant != null || metadata != null) {
                throw new IllegalArgumentException(TENANT_ID + " or " + OPENID_METADATA + " is set but " + APP_ID + " is not: "
                        + "set the bot's app id and password too, or neither.");
            }
            return null;
        }
        if (appId != null && !GUID.matcher(appId).matches()) {
            throw new IllegalArgumentException(APP_ID + " must be the Azure Bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000 "
                    + "(Azure portal → the bot → Configuration → Microsoft App ID), not \"" + appId + "\".");
        }
        if (metadata != null) {
            checkMetadataUrl(metadata);
        }
        return new TeamsSettings(appId, password, tenant, metadata, blankToNull(env.get(PUBLIC_URL)), DEFAULT_ANSWER_WITHIN);
    }

    /** True when {@code TEAMS_LOCAL_DEV=true}; any value but true/false/empty is a mistake worth stopping for. */
    public static boolean localDev(Map<String, String> env) {
        String value = blankToNull(env.get(LOCAL_DEV));
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException(LOCAL_DEV + " must be true or false, not \"" + value + "\".");
    }

    /** No authentication: only for trials on this machine. */
    public boolean localDevelopment() {
        return appId == null;
    }

    /** Signing keys decide who may talk to the bot: they come over HTTPS, or from this machine (tests). */
    private static void checkMetadataUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(OPENID_METADATA + " is not a URL: \"" + url + "\".");
        }
        boolean loopback = "http".equals(uri.getScheme()) && Loopback.isLoopbackHost(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !loopback) {
            throw new IllegalArgumentException(OPENID_METADATA + " must be an https:// URL, not \"" + url + "\".");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "TeamsSettings[" + (localDevelopment() ? "local development, no authentication" : "authenticated, tenant="
                + (tenantId == null ? "any" : tenantId)) + "]"; // no secrets in logs
    }
}

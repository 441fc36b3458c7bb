package dk.hrassistenten.knowledge.source.sharepoint;

import dk.hrassistenten.knowledge.source.Intervals;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a SharePoint source reads from and how it signs in, as one entry of the sources file gives it:
 *
 * <pre>
 * - name: HR-dokumenter
 *   interval: 15m
 *   sharepoint:
 *     tenant: 00000000-0000-0000-0000-000000000000
 *     client-id: 11111111-1111-1111-1111-111111111111
 *     client-secret-env: HR_SHAREPOINT_SECRET      # the variable holding the secret; never the secret itself
 *     site: region.sharepoint.com:/sites/HR         # hostname:/server-relative path, or a site id
 *     library: Dokumenter                           # the library's name; or drive: &lt;drive id&gt; instead of site and library
 *     folder: Politikker/Ferie                      # optional: only this folder of the library
 *     audiences:                                    # optional: Graph groups or users (name or id) to document audiences
 *       HR-ledere: ledere
 *       Alle medarbejdere: "*"                       # "*": everyone, no restriction
 * </pre>
 *
 * {@code graph-url} and {@code authority-url} move Microsoft Graph and the token authority elsewhere (a national
 * cloud, a test's stand-in). Immutable.
 *
 * @param site         the site as "hostname:/path" or a site id; null when {@code drive} names the library
 * @param library      the library's (drive's) name within the site; null when {@code drive} is given
 * @param drive        the drive id; null when {@code site} and {@code library} are given
 * @param folder       the folder within the library, without leading or trailing '/'; null for the whole library
 * @param audiences    audience names by lower-cased group or user name or id; empty when permissions are not mapped
 * @param graphUrl     Microsoft Graph's base, without a trailing '/'
 * @param authorityUrl the token authority (which ends in the tenant)
 */
public record SharePointSettings(String site, String library, String drive, String folder, String tenant, String clientId,
                                 String clientSecretEnv, Map<String, String> audiences, Duration interval, URI graphUrl,
                                 URI authorityUrl) {

    /** The audience value that lifts the restriction: a group everyone belongs to. */
    public static final String EVERYONE = "*";
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    private static final String DEFAULT_GRAPH = "https://graph.microsoft.com/v1.0";
    private static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com/";
    private static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

    public SharePointSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecretEnv, "clientSecretEnv");
        audiences = Map.copyOf(audiences);
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(graphUrl, "graphUrl");
        Objects.requireNonNull(authorityUrl, "authorityUrl");
        if (drive == null && (site == null || library == null)) {
            throw new IllegalArgumentException("either drive or both site and library are needed");
        }
    }

    /**
     * Reads one entry of the sources file: its {@code sharepoint:} map and its {@code interval:}.
     *
     * @throws IllegalArgumentException naming the source and the field that is missing or wrong
     */
    public static SharePointSettings parse(String name, Map<String, Object> entry) {
        String where = "source \"" + name + "\": ";
        if (!(entry.get("sharepoint") instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + "sharepoint: must be a map with tenant, client-id, client-secret-env, site and library (or drive)");
        }
        Fields fields = new Fields(where + "sharepoint.", map);
        String site = fields.optional("site");
        String library = fields.optional("library");
        String drive = fields.optional("drive");
        if (drive == null && site == null) {
            throw new IllegalArgumentException(where + "sharepoint.site is missing (hostname:/sites/Name or a site id), or give sharepoint.drive");
        }
        if (drive == null && library == null) {
            throw new IllegalArgumentException(where + "sharepoint.library is missing (the document library's name, e.g. Dokumenter), or give sharepoint.drive");
        }
        if (drive != null && library != null) {
            throw new IllegalArgumentException(where + "sharepoint.library and sharepoint.drive both name the library; give one");
        }
        String folder = fields.optional("folder");
        if (folder != null) {
            folder = folder.replaceAll("^/+|/+$", "");
            if (folder.isEmpty() || List.of(folder.split("/")).contains("..")) {
                throw new IllegalArgumentException(where + "sharepoint.folder must be a folder path within the library, such as Politikker/Ferie");
            }
        }
        String tenant = fields.required("tenant", "the directory (tenant) id or domain");
        String clientId = fields.required("client-id", "the app registration's application (client) id");
        String secretEnv = fields.required("client-secret-env", "the name of the environment variable that holds the client secret");
        String authority = Objects.requireNonNullElse(fields.optional("authority-url"), DEFAULT_AUTHORITY + tenant);
        return new SharePointSettings(site, library, drive, folder, tenant, clientId, secretEnv, fields.audiences(),
                interval(where, entry.get("interval")), fields.url("graph-url", Objects.requireNonNullElse(fields.optional("graph-url"), DEFAULT_GRAPH)),
                fields.url("authority-url", authority));
    }

    /** The entry's interval ({@link Intervals}); absent: {@link #DEFAULT_INTERVAL}. Shorter than a minute would hammer Graph for nothing. */
    static Duration interval(String where, Object value) {
        if (value == null) {
            return DEFAULT_INTERVAL;
        }
        Duration interval;
        try {
            interval = Intervals.parse("interval", value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException(where + "interval must be at least 1m, not \"" + value + "\"");
        }
        return interval;
    }

    /** Whether files' permissions are mapped to audiences at all. */
    public boolean mapsPermissions() {
        return !audiences.isEmpty();
    }

    /** The fields of the {@code sharepoint:} map, read with messages that name them. */
    private record Fields(String prefix, Map<?, ?> map) {

        String optional(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map || value instanceof List) {
                throw new IllegalArgumentException(prefix + key + " must be a single value");
            }
            String text = value.toString().strip();
            return text.isEmpty() ? null : text;
        }

        String required(String key, String what) {
            String value = optional(key);
            if (value == null) {
                throw new IllegalArgumentException(prefix + key + " is missing (" + what + ")");
            }
            return value;
        }

        URI url(String key, String value) {
            String trimmed = value.replaceAll("/+$", "");
            try {
                URI uri = URI.create(trimmed);
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) { // a token must never travel in the clear
                    throw new IllegalArgumentException("not an https URL");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + key + " must be an https URL, not \"" + value + "\"", e);
            }
        }

        Map<String, String> audiences() {
            Object value = map.get("audiences");
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> mapping)) {
                throw new IllegalArgumentException(prefix + "audiences must map group or user names (or ids) to audience names");
            }
            Map<String, String> byPrincipal = new LinkedHashMap<>();
            mapping.forEach((principal, audience) -> {
                if (principal == null || audience == null || audience instanceof Map || audience instanceof List
                        || principal.toString().isBlank() || audience.toString().isBlank() || audience.toString().contains(",")) {
                    throw new IllegalArgumentException(prefix + "audiences: \"" + principal + "\" must map to one audience name");
                }
                byPrincipal.put(principal.toString().strip().toLowerCase(Locale.ROOT), audience.toString().strip());
            });
            return byPrincipal;
        }
    }
}

package dk.hrassistenten.knowledge.source.sharepoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a file's Graph permissions into the document audience the knowledge base restricts it to, through the
 * source's {@code audiences:} mapping of groups and users to audience names:
 *
 * <ul>
 *   <li>a file anyone in the organisation may open (a sharing link of scope {@code organization} or
 *       {@code anonymous}, SharePoint's "Everyone" / "Everyone except external users", or a group mapped to
 *       {@code "*"}) has no restriction;</li>
 *   <li>otherwise its audience is every audience its granted groups and users map to, comma-separated;</li>
 *   <li>a file granted to no one the mapping names is {@linkplain Audience#UNMAPPED unmapped}: the caller leaves it
 *       out rather than show it to people SharePoint would not.</li>
 * </ul>
 *
 * Groups and users are matched by id, display name, e-mail or SharePoint login name, ignoring case. Immutable.
 */
final class PermissionAudiences {

    /**
     * The audience of a file: everyone ({@code restriction} null), the comma-separated audiences, or no one the
     * mapping knows ({@code mapped} false).
     */
    record Audience(boolean mapped, String restriction) {
        static final Audience EVERYONE = new Audience(true, null);
        static final Audience UNMAPPED = new Audience(false, null);
    }

    /** SharePoint's claims for everyone in the directory ("Everyone", "Everyone except external users"). */
    private static final List<String> EVERYONE_LOGINS = List.of("c:0(.s|true", "spo-grid-all-users");
    private static final Set<String> EVERYONE_NAMES = Set.of("everyone", "everyone except external users", "alle", "alle undtagen eksterne brugere");
    private static final Set<String> ORGANISATION_WIDE_LINKS = Set.of("organization", "anonymous");
    private static final List<String> IDENTITY_KINDS = List.of("user", "group", "siteUser", "siteGroup");

    private final Map<String, String> byPrincipal;

    /** @param byPrincipal audience names by lower-cased group or user name or id, as {@link SharePointSettings#audiences()} */
    PermissionAudiences(Map<String, String> byPrincipal) {
        this.byPrincipal = Map.copyOf(byPrincipal);
    }

    /** The audience of a file with these permissions (Graph's {@code permission} objects). */
    Audience of(List<JsonNode> permissions) {
        Set<String> audiences = new TreeSet<>();
        for (JsonNode permission : permissions) {
            if (ORGANISATION_WIDE_LINKS.contains(permission.path("link").path("scope").asText())) {
                return Audience.EVERYONE;
            }
            for (JsonNode identity : identities(permission)) {
                if (isEveryone(identity)) {
                    return Audience.EVERYONE;
                }
                for (String key : keys(identity)) {
                    String audience = byPrincipal.get(key);
                    if (SharePointSettings.EVERYONE.equals(audience)) {
                        return Audience.EVERYONE;
                    }
                    if (audience != null) {
                        audiences.add(audience);
                    }
                }
            }
        }
        return audiences.isEmpty() ? Audience.UNMAPPED : new Audience(true, String.join(",", audiences));
    }

    /** The users and groups a permission grants to: {@code grantedToV2} and each of {@code grantedToIdentitiesV2}. */
    private static List<JsonNode> identities(JsonNode permission) {
        List<JsonNode> sets = new ArrayList<>();
        sets.add(permission.path("grantedToV2"));
        permission.path("grantedToIdentitiesV2").forEach(sets::add);
        List<JsonNode> identities = new ArrayList<>();
        for (JsonNode set : sets) {
            for (String kind : IDENTITY_KINDS) {
                if (set.path(kind).isObject()) {
                    identities.add(set.path(kind));
                }
            }
        }
        return identities;
    }

    private static boolean isEveryone(JsonNode identity) {
        String login = identity.path("loginName").asText().toLowerCase(Locale.ROOT);
        return EVERYONE_LOGINS.stream().anyMatch(login::contains)
                || EVERYONE_NAMES.contains(identity.path("displayName").asText().strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> keys(JsonNode identity) {
        return List.of("id", "displayName", "email", "loginName").stream().map(f -> identity.path(f).asText().strip().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty()).toList();
    }
}

package dk.hrassistenten.adapters.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who the web chat and {@code POST /api/chat} believe a person to be, from the environment variables the README
 * names. Built once at start. A person is known by an OpenID Connect sign-in ({@code oidc}), or by the user header of
 * a reverse proxy that signed them in ({@code proxy}); without either they are anonymous. Only a local trial
 * ({@code localTrial}: the service on loopback alone, nothing configured) takes the user a request names. Of those a
 * sign-in vouches for, the {@code admins} may read HR's view of what staff ask ({@code /admin}).
 *
 * @param oidc the OpenID Connect client, or null
 * @param proxy the trusted reverse proxy, or null
 * @param localTrial whether this is a local trial; the whole service then listens on loopback only
 * @param publicUrl the service's public base URL, whose origin is its own; null when browsers reach it by the Host it sees
 * @param admins the user ids and e-mail addresses, in lower case, of those who may read {@code /admin} once a sign-in is configured
 * @param accessibilityContact where people report accessibility problems, named in the accessibility statement: an
 *     e-mail address or a web address; null when not configured (the statement then says to contact HR)
 */
public record WebSettings(Oidc oidc, Proxy proxy, boolean localTrial, URI publicUrl, Set<String> admins, String accessibilityContact) {

    public static final String OIDC_ISSUER = "HR_ASSISTANT_OIDC_ISSUER";
    public static final String OIDC_CLIENT_ID = "HR_ASSISTANT_OIDC_CLIENT_ID";
    public static final String OIDC_CLIENT_SECRET = "HR_ASSISTANT_OIDC_CLIENT_SECRET";
    public static final String OIDC_REDIRECT_URL = "HR_ASSISTANT_OIDC_REDIRECT_URL";
    public static final String PROXY_USER_HEADER = "HR_ASSISTANT_PROXY_USER_HEADER";
    public static final String TRUSTED_PROXIES = "HR_ASSISTANT_TRUSTED_PROXIES";
    public static final String LOCAL_TRIAL = "HR_ASSISTANT_LOCAL_TRIAL";
    public static final String PUBLIC_URL = "HR_ASSISTANT_PUBLIC_URL";
    public static final String ADMINS = "HR_ASSISTANT_ADMINS";
    public static final String ACCESSIBILITY_CONTACT = "HR_ASSISTANT_ACCESSIBILITY_CONTACT";
    /** The environment variables these settings are read from. */
    public static final List<String> ENVIRONMENT = List.of(OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL,
            PROXY_USER_HEADER, TRUSTED_PROXIES, LOCAL_TRIAL, PUBLIC_URL, ADMINS, ACCESSIBILITY_CONTACT);

    public WebSettings {
        admins = Set.copyOf(admins);
    }

    /**
     * An OpenID Connect client registration (Entra ID's app registration, or any standard provider's).
     *
     * @param issuer the provider's issuer; its {@code /.well-known/openid-configuration} is read at start
     * @param redirectUrl where the provider sends the person back; the service answers on its path, under {@code /auth/}
     */
    public record Oidc(URI issuer, String clientId, String clientSecret, URI redirectUrl) {
        @Override
        public String toString() {
            return "Oidc[issuer=" + issuer + ", clientId=" + clientId + ", redirectUrl=" + redirectUrl + "]"; // no secret in logs
        }
    }

    /**
     * A reverse proxy that signs people in and names them in a header.
     *
     * @param header the request header holding the signed-in user's id or e-mail address
     * @param addresses the proxy's addresses, literal IPs or CIDR ranges; the header is ignored from any other peer
     */
    public record Proxy(String header, List<String> addresses) {
        public Proxy {
            addresses = List.copyOf(addresses);
        }
    }

    /** No sign-in, no proxy, no trial: the web chat answers everyone anonymously. */
    public static WebSettings anonymous() {
        return new WebSettings(null, null, false, null, Set.of(), null);
    }

    /** Whether the user id or e-mail address is one of {@link #admins}; ids and addresses are compared without case. */
    public boolean admin(String userOrEmail) {
        return userOrEmail != null && admins.contains(userOrEmail.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether anything vouches for who asks: a sign-in or a proxy. */
    public boolean signsIn() {
        return oidc != null || proxy != null;
    }

    /** The web's settings; throws IllegalArgumentException with what to fix for a half or contradictory one. */
    public static WebSettings fromEnvironment(Map<String, String> env) {
        Oidc oidc = oidc(env);
        Proxy proxy = proxy(env);
        boolean trial = flag(env, LOCAL_TRIAL);
        if (trial && (oidc != null || proxy != null)) {
            throw new IllegalArgumentException(LOCAL_TRIAL + "=true takes the user from each request, but sign-in ("
                    + (oidc != null ? "HR_ASSISTANT_OIDC_*" : PROXY_USER_HEADER) + ") is configured too: unset " + LOCAL_TRIAL
                    + " to use the sign-in, or unset the sign-in for a local trial.");
        }
        String publicUrl = blankToNull(env.get(PUBLIC_URL));
        return new WebSettings(oidc, proxy, trial, publicUrl == null ? null : url(PUBLIC_URL, publicUrl, false), admins(env),
                accessibilityContact(env));
    }

    /** An e-mail address, or an http(s) address to link to; anything else stops the start with what to write. */
    private static String accessibilityContact(Map<String, String> env) {
        String contact = blankToNull(env.get(ACCESSIBILITY_CONTACT));
        if (contact == null) {
            return null;
        }
        if (contact.matches("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+")) {
            return contact;
        }
        if (contact.startsWith("https://") || contact.startsWith("http://")) {
            return url(ACCESSIBILITY_CONTACT, contact, false).toString();
        }
        throw new IllegalArgumentException(ACCESSIBILITY_CONTACT + " must be an e-mail address (tilgaengelighed@example.org) or a web "
                + "address (https://…), not \"" + contact + "\".");
    }

    private static Set<String> admins(Map<String, String> env) {
        String list = blankToNull(env.get(ADMINS));
        if (list == null) {
            return Set.of();
        }
        Set<String> admins = new HashSet<>();
        for (String admin : list.split(",")) {
            if (!admin.isBlank()) {
                admins.add(admin.strip().toLowerCase(Locale.ROOT));
            }
        }
        return admins;
    }

    private static Oidc oidc(Map<String, String> env) {
        String issuer = blankToNull(env.get(OIDC_ISSUER));
        String clientId = blankToNull(env.get(OIDC_CLIENT_ID));
        String secret = blankToNull(env.get(OIDC_CLIENT_SECRET));
        String redirect = blankToNull(env.get(OIDC_REDIRECT_URL));
        if (issuer == null && clientId == null && secret == null && redirect == null) {
            return null;
        }
        if (issuer == null || clientId == null || secret == null || redirect == null) {
            throw new IllegalArgumentException("Sign-in needs all of " + OIDC_ISSUER + ", " + OIDC_CLIENT_ID + ", " + OIDC_CLIENT_SECRET
                    + " and " + OIDC_REDIRECT_URL + "; " + String.join(", ", missing(issuer, OIDC_ISSUER, clientId, OIDC_CLIENT_ID, secret,
                    OIDC_CLIENT_SECRET, redirect, OIDC_REDIRECT_URL)) + " is not set.");
        }
        if (secret.length() < 16) {
            throw new IllegalArgumentException(OIDC_CLIENT_SECRET + " is too short to sign sessions with: use the secret the provider generated.");
        }
        URI redirectUrl = url(OIDC_REDIRECT_URL, redirect, true);
        if (redirectUrl.getPath() == null || !redirectUrl.getPath().startsWith("/auth/") || redirectUrl.getQuery() != null
                || List.of("/auth/login", "/auth/logout", "/auth/me").contains(redirectUrl.getPath())) {
            throw new IllegalArgumentException(OIDC_REDIRECT_URL + " must end in a path under /auth/, such as https://hr.example.org/auth/callback, not \""
                    + redirect + "\".");
        }
        return new Oidc(url(OIDC_ISSUER, issuer, true), clientId, secret, redirectUrl);
    }

    private static List<String> missing(String... valuesAndNames) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            if (valuesAndNames[i] == null) {
                missing.add(valuesAndNames[i + 1]);
            }
        }
        return missing;
    }

    private static Proxy proxy(Map<String, String> env) {
        String header = blankToNull(env.get(PROXY_USER_HEADER));
        String addresses = blankToNull(env.get(TRUSTED_PROXIES));
        if (header == null && addresses == null) {
            return null;
        }
        if (header == null || addresses == null) {
            throw new IllegalArgumentException("A proxy's user header needs both " + PROXY_USER_HEADER + " (the header's name) and "
                    + TRUSTED_PROXIES + " (the proxy's addresses): without the addresses anyone could send the header.");
        }
        if (!header.matches("[A-Za-z0-9-]{1,100}")) {
            throw new IllegalArgumentException(PROXY_USER_HEADER + " must be a header name such as X-Forwarded-User, not \"" + header + "\".");
        }
        List<String> list = new ArrayList<>();
        for (String address : addresses.split(",")) {
            list.add(checkAddress(address.strip()));
        }
        return new Proxy(header, list);
    }

    /** An IP address or CIDR range, as literals: a host name would make trust depend on DNS. */
    private static String checkAddress(String address) {
        String[] parts = address.split("/", 2);
        boolean literal = parts[0].matches("[0-9.]+") || (parts[0].contains(":") && parts[0].matches("[0-9A-Fa-f:.]+"));
        try {
            if (!literal) {
                throw new UnknownHostException(parts[0]);
            }
            int bits = InetAddress.getByName(parts[0]).getAddress().length * 8;
            if (parts.length == 2 && !(parts[1].matches("\\d{1,3}") && Integer.parseInt(parts[1]) <= bits)) {
                throw new UnknownHostException(address);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(TRUSTED_PROXIES + " must list IP addresses or ranges (10.0.0.5, 10.0.0.0/24, ::1), not \""
                    + address + "\".");
        }
        return address;
    }

    /** An absolute http(s) URL; sign-in URLs must be https, except on this machine (trials, tests). */
    private static URI url(String name, String value, boolean httpsUnlessLoopback) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a URL: \"" + value + "\".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(name + " must be an absolute https:// URL, not \"" + value + "\".");
        }
        if (httpsUnlessLoopback && scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(name + " must be an https:// URL (http only on this machine), not \"" + value + "\".");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static boolean flag(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException(name + " must be true or false, not \"" + value + "\".");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Who a web request comes from, by what vouches for them: this service's session cookie, or the user header of a
 * configured proxy when the request comes from one of the proxy's addresses. In a local trial, where nothing vouches
 * for anyone, the request's own word is believed instead. Thread-safe.
 */
final class WebIdentity {

    private final Sessions sessions;
    private final WebSettings.Proxy proxy;
    private final InetAddressSet proxyAddresses = new InetAddressSet();
    private final boolean believesRequests;

    /**
     * @param sessions the sign-in's sessions, or null without OpenID Connect
     * @param proxy the trusted proxy, or null
     * @param believesRequests whether this is a local trial that takes the user a request names
     */
    WebIdentity(Sessions sessions, WebSettings.Proxy proxy, boolean believesRequests) {
        this.sessions = sessions;
        this.proxy = proxy;
        this.believesRequests = believesRequests;
        if (proxy != null) {
            proxy.addresses().forEach(proxyAddresses::add);
        }
    }

    /** The person the request's session or proxy header vouches for; null when nothing does. */
    Identity of(HttpServletRequest request) {
        if (sessions != null) {
            var session = sessions.of(request);
            if (session.isPresent()) {
                return session.get();
            }
        }
        if (proxy != null && fromProxy(request)) {
            String user = request.getHeader(proxy.header());
            if (user != null && !user.isBlank()) {
                return new Identity(user.strip(), null, Identity.Source.PROXY);
            }
        }
        return null;
    }

    /**
     * The person a request is from: who {@link #of} vouches for, else in a local trial the user it names.
     *
     * @param named the user the request's body names, or null
     * @return null for an anonymous request
     */
    Identity of(HttpServletRequest request, String named) {
        Identity vouched = of(request);
        if (vouched != null || !believesRequests || named == null || named.isBlank()) {
            return vouched;
        }
        return new Identity(named, null, Identity.Source.LOCAL_TRIAL);
    }

    /** Whether a request's own word is believed (a local trial). */
    boolean believesRequests() {
        return believesRequests;
    }

    /** The TCP peer, never a forwarded-for header: only the proxy's own connection makes its header count. */
    private boolean fromProxy(HttpServletRequest request) {
        try {
            return proxyAddresses.test(InetAddress.getByName(request.getRemoteAddr()));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

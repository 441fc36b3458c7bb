package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The sign-in's cookies: {@code __Host-} names (the browser then insists on Secure, path / and no Domain, so no
 * other host can set them), HttpOnly (no script reads them) and SameSite=Lax (not sent with another site's POST;
 * Lax rather than Strict, because the provider's redirect back to the callback is a navigation from another site).
 */
final class Cookies {

    private Cookies() {
    }

    static void set(HttpServletResponse response, String name, String value, Duration maxAge) {
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; Secure; HttpOnly; SameSite=Lax");
    }

    static void clear(HttpServletResponse response, String name) {
        set(response, name, "", Duration.ZERO);
    }

    /** The cookie's value, or null. */
    static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}

package dk.hrassistenten.adapters.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /auth/me}: whom the web chat takes the person for, so the page can show it and offer to sign in or out:
 * {@code {"user": "..." or null, "login": bool, "logout": bool}}.
 */
final class WhoServlet extends HttpServlet {

    private final transient WebIdentity identities;

    WhoServlet(WebIdentity identities) {
        this.identities = identities;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Identity identity = identities.of(request);
        ObjectNode body = ReplyJson.mapper().createObjectNode();
        body.put("user", identity == null ? null : identity.user());
        body.put("login", identity == null && !identities.believesRequests());
        body.put("logout", identity != null && identity.source() == Identity.Source.SESSION);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}

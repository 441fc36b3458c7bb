package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /auth/logout}: ends the session in this browser and returns to the web chat. A POST from the chat page
 * itself only, so that another site cannot sign a person out behind their back.
 */
final class LogoutServlet extends HttpServlet {

    private final transient SameOrigin sameOrigin;

    LogoutServlet(SameOrigin sameOrigin) {
        this.sameOrigin = sameOrigin;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin.allows(request)) {
            JsonErrors.send(response, 403, "Sign out from the web chat's own page.");
            return;
        }
        Sessions.end(response);
        response.setStatus(303);
        response.setHeader("Location", "/");
    }
}

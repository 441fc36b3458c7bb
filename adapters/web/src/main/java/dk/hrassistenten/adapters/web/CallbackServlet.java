package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The redirect URL's path: the provider sends the person back here; signed in, they go to the web chat. */
final class CallbackServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackServlet.class);

    private final transient SignIn signIn;

    CallbackServlet(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            signIn.complete(request, response);
        } catch (OidcClient.SignInFailed e) {
            LOG.warn("web sign-in refused: {}", e.getMessage());
            Html.send(response, 403, "Log ind mislykkedes", "<h1>Log ind mislykkedes</h1><p>Du blev ikke logget ind. "
                    + "<a href=\"/auth/login\">Prøv igen</a>, eller gå <a href=\"/\">tilbage til web-chatten</a>.</p>");
            return;
        }
        response.sendRedirect("/");
    }
}

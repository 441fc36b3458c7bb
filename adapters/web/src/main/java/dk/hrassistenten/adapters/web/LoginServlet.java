package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /auth/login}: to the provider's sign-in page. Where no sign-in is configured, a page that says so and
 * what works instead, since the web chat's replies point here.
 */
final class LoginServlet extends HttpServlet {

    private final transient SignIn signIn;
    private final boolean proxy;

    /**
     * @param signIn the OpenID Connect sign-in, or null when none is configured
     * @param proxy whether a reverse proxy signs people in instead
     */
    LoginServlet(SignIn signIn, boolean proxy) {
        this.signIn = signIn;
        this.proxy = proxy;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (signIn != null) {
            response.sendRedirect(signIn.begin(response).toString());
            return;
        }
        String text = proxy
                ? "Du logger ind via organisationens log ind-side foran HR-assistenten. Åbn web-chatten via dens sædvanlige adresse, så er du logget ind."
                : "Log ind er ikke slået til for denne web-chat. Du kan stille spørgsmål uden at logge ind; dagsordener ændrer du fra Slack "
                        + "eller Teams, eller når en administrator har slået log ind til (README: \"Log ind i web-chatten\").";
        Html.send(response, 404, "Log ind", "<h1>Log ind</h1><p>" + Html.escape(text) + "</p><p><a href=\"/\">Tilbage til web-chatten</a></p>");
    }
}

package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /tilgaengelighed}: the web chat's accessibility statement ("tilgængelighedserklæring"), which Danish
 * public-sector web sites must publish (lov om tilgængelighed af offentlige organers websteder og
 * mobilapplikationer), laid out as Digitaliseringsstyrelsen's template: status, what is not accessible, how it was
 * assessed, how to report a problem ({@link WebSettings#accessibilityContact}) and how to complain.
 */
final class StatementServlet extends HttpServlet {

    static final String PATH = "/tilgaengelighed";

    private final String body;

    StatementServlet(String contact) {
        try (InputStream in = StatementServlet.class.getResourceAsStream("statement.html")) {
            if (in == null) {
                throw new IllegalStateException("statement.html is missing from the adapter's resources");
            }
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{contact}", contact(contact));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contact as a link, or the fallback when none is configured; escaped, since it comes from the environment. */
    static String contact(String contact) {
        if (contact == null) {
            return "HR-afdelingen, som driver HR-assistenten";
        }
        String href = contact.contains("@") && !contact.startsWith("http") ? "mailto:" + contact : contact;
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(contact) + "</a>";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Html.send(response, 200, "Tilgængelighedserklæring for HR-assistenten", body);
    }
}

package dk.hrassistenten.adapters.web;

import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.agenda.AgendaDocx;
import dk.hrassistenten.bot.agenda.AgendaException;
import dk.hrassistenten.bot.agenda.StoreUnavailableException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /agenda/export.docx?forum=…&date=…}: a meeting's agenda as a Word document, the download that
 * {@code format=docx} exports name. Anyone may export an agenda, so anyone may download it; but where a sign-in
 * (or a signing-in proxy) is configured, only someone it vouches for. Bad input gets a page saying what to fix
 * (400, or 404 for an unknown forum), never a stack trace.
 */
final class AgendaDownloadServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaDownloadServlet.class);

    private final transient AgendaDocuments documents;
    private final transient WebIdentity identities;
    private final boolean signInRequired;

    /** @param signInRequired whether a sign-in or a proxy vouches for people here, so that only they may download */
    AgendaDownloadServlet(AgendaDocuments documents, WebIdentity identities, boolean signInRequired) {
        this.documents = documents;
        this.identities = identities;
        this.signInRequired = signInRequired;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (signInRequired && identities.of(request) == null) {
            Html.send(response, 401, "Log ind", "<h1>Log ind</h1><p>Log ind for at hente dagsordenen.</p>"
                    + "<p><a href=\"/auth/login\">Log ind</a>, og åbn så linket igen.</p>");
            return;
        }
        AgendaDocuments.Document doc;
        try {
            doc = documents.docx(request.getParameter("forum"), request.getParameter("date"));
        } catch (AgendaException e) {
            int status = e.key().equals("agenda.error.forum_unknown") ? 404 : 400;
            Html.send(response, status, "Dagsorden", "<h1>Dagsordenen kan ikke hentes</h1><p>"
                    + Html.escape(Texts.DANISH.get(e.key(), e.args())) + "</p>");
            return;
        } catch (StoreUnavailableException e) {
            LOG.error("agenda store unavailable for a download ({})", e.getCause() == null ? e.getMessage() : e.getCause().getClass().getName());
            Html.send(response, 503, "Dagsorden", "<h1>Dagsordenen kan ikke hentes</h1>"
                    + "<p>Dagsordenen kan ikke nås lige nu (databasen svarer ikke). Prøv igen om lidt.</p>");
            return;
        }
        response.setStatus(200);
        response.setContentType(AgendaDocx.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + doc.asciiFileName() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(doc.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(doc.bytes().length);
        response.getOutputStream().write(doc.bytes());
    }
}

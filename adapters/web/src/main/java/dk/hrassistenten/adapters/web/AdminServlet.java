package dk.hrassistenten.adapters.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /admin}: HR's view of what staff ask, as one server-rendered page of {@link AdminTables}, and
 * {@code GET /admin/<table>.csv} for each table. Only for the administrators ({@link WebSettings#admins}) a sign-in
 * vouches for: anonymous requests get 401 with a sign-in link, other people 403. Without a sign-in nobody can be told
 * apart, so the view is open only when the whole service listens on loopback alone (a trial on this machine), and
 * refused otherwise.
 */
final class AdminServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);
    private static final Pattern CSV = Pattern.compile("/([a-z-]+)\\.csv");
    /** Tables that scroll sideways on a narrow screen rather than widen the page. */
    private static final String TABLE_CSS = ".scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse}"
            + "th,td{border-bottom:1px solid #dde3ea;padding:4px 8px;text-align:left;vertical-align:top}"
            // A reply's excerpt keeps its lines (the quote, then its sources).
            + "#dislike-replies td{white-space:pre-line;min-width:12em}";

    private final transient AdminTables tables;
    private final transient WebIdentity identities;
    private final transient WebSettings settings;
    private final boolean loopbackOnly;

    /** @param loopbackOnly whether the whole service listens on loopback alone */
    AdminServlet(AdminTables tables, WebIdentity identities, WebSettings settings, boolean loopbackOnly) {
        this.tables = tables;
        this.identities = identities;
        this.settings = settings;
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!admitted(request, response)) {
            return;
        }
        String path = request.getPathInfo();
        try {
            if (path == null || path.equals("/")) {
                page(response);
                return;
            }
            Matcher csv = CSV.matcher(path);
            Optional<AdminTable> table = csv.matches() ? tables.table(csv.group(1)) : Optional.empty();
            if (table.isEmpty()) {
                Html.send(response, 404, "Ikke fundet", "<h1>Ikke fundet</h1><p>Tabellerne kan hentes fra <a href=\"/admin\">oversigten</a>.</p>");
                return;
            }
            csv(response, table.get());
        } catch (SQLException | RuntimeException e) {
            LOG.error("the admin view could not be read ({})", e.getClass().getName());
            Html.send(response, 503, "HR-overblik", "<h1>Overblikket kan ikke vises</h1>"
                    + "<p>Databasen svarer ikke lige nu. Prøv igen om lidt.</p>");
        }
    }

    /** Whether the request may see the view; if not, the refusal has been sent. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.signsIn()) {
            if (loopbackOnly) {
                return true;
            }
            Html.send(response, 403, "HR-overblik", "<h1>HR-overblikket er ikke slået til</h1><p>Det kræver log ind ("
                    + "<code>HR_ASSISTANT_OIDC_*</code> eller <code>" + WebSettings.PROXY_USER_HEADER + "</code>) og administratorer i <code>"
                    + WebSettings.ADMINS + "</code>; uden log ind kun i en lokal prøve på denne maskine.</p>");
            return false;
        }
        Identity identity = identities.of(request);
        if (identity == null) {
            Html.send(response, 401, "Log ind", "<h1>Log ind</h1><p>HR-overblikket er for administratorer.</p>"
                    + "<p><a href=\"/auth/login\">Log ind</a>, og åbn så <a href=\"/admin\">/admin</a> igen.</p>");
            return false;
        }
        if (settings.admin(identity.user()) || settings.admin(identity.email())) {
            return true;
        }
        Html.send(response, 403, "HR-overblik", "<h1>Ingen adgang</h1><p>" + Html.escape(identity.user())
                + " er ikke administrator af HR-assistenten.</p>");
        return false;
    }

    private void page(HttpServletResponse response) throws IOException, SQLException {
        StringBuilder body = new StringBuilder("<h1>HR-overblik</h1><p class=meta>De seneste ").append(AdminTables.PERIOD.toDays())
                .append(" dage. Spørgsmål tælles uden bruger og tekst; ubesvarede spørgsmål og 👎 slettes efter opbevaringsperioden, "
                + "og i dem er CPR-numre, e-mailadresser, telefonnumre og navne erstattet.</p>");
        body.append(tables.chartsHtml());
        for (String name : tables.names()) {
            body.append(tables.table(name).orElseThrow().html());
        }
        body.append("<p class=meta><a href=\"").append(StatementServlet.PATH).append("\">Tilgængelighedserklæring</a></p>");
        Html.send(response, 200, "HR-overblik", body.toString(), BarChart.CSS + TABLE_CSS);
    }

    /** With a byte order mark: without one, Excel reads UTF-8 as the local code page and mangles æ, ø and å. */
    private static void csv(HttpServletResponse response, AdminTable table) throws IOException {
        response.setStatus(200);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.name() + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("\uFEFF" + table.csv());
    }
}

package dk.hrassistenten.adapters.web;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.insight.UsageReport;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web chat's wiring: the page, {@code POST /api/chat}, the source view, the agenda's Word downloads, HR's view
 * ({@code /admin}) and, with OpenID Connect, the sign-in's endpoints, all sharing one idea of who is asking.
 */
public final class WebAdapter {

    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

    /**
     * Reads the OpenID Connect provider's configuration when sign-in is configured.
     *
     * @param documents the agendas as Word documents, served at {@link AgendaDocuments#PATH}
     * @param report what HR's view at {@code /admin} shows
     * @param loopbackOnly whether the whole service listens on loopback alone; only then, and with no sign-in
     *     configured, is the user a request names believed (a local trial)
     * @throws IllegalArgumentException with what to fix when the provider cannot be used
     */
    public WebAdapter(WebSettings settings, Assistant assistant, AgendaDocuments documents, UsageReport report, boolean loopbackOnly,
            Clock clock) {
        SameOrigin sameOrigin = new SameOrigin(settings.publicUrl());
        Sessions sessions = settings.oidc() == null ? null : new Sessions(settings.oidc().clientSecret(), clock);
        WebIdentity identities = new WebIdentity(sessions, settings.proxy(), loopbackOnly && !settings.signsIn());
        servlets.put("/", new WebChatServlet());
        servlets.put("/api/chat", new ChatApiServlet(assistant, Channel.WEB, sameOrigin, identities));
        servlets.put("/api/suggestions", new SuggestionsServlet(assistant));
        servlets.put(StatementServlet.PATH, new StatementServlet(settings.accessibilityContact()));
        servlets.put("/kilde", new SourceServlet(assistant, identities));
        servlets.put(AgendaDocuments.PATH, new AgendaDownloadServlet(documents, identities, settings.signsIn()));
        servlets.put("/auth/me", new WhoServlet(identities));
        servlets.put("/admin/*", new AdminServlet(new AdminTables(report), identities, settings, loopbackOnly));
        SignIn signIn = null;
        if (settings.oidc() != null) {
            signIn = new SignIn(OidcClient.discover(settings.oidc()), settings.oidc().clientSecret(), sessions, clock);
            servlets.put(settings.oidc().redirectUrl().getPath(), new CallbackServlet(signIn));
            servlets.put("/auth/logout", new LogoutServlet(sameOrigin));
        }
        servlets.put("/auth/login", new LoginServlet(signIn, settings.proxy() != null));
    }

    /** The servlets by the path each is mounted at. */
    public Map<String, HttpServlet> servlets() {
        return Map.copyOf(servlets);
    }
}

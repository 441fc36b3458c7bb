package dk.hrassistenten.adapters.teams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: reads an activity, authenticates it, and only then lets the bot see it. The
 * request is held asynchronously while the bot works (at most the bot's answer time plus sending), so slow
 * answers do not hold Jetty's threads. 401 for a request that fails authentication, 400 for one that is not an
 * activity, 500 when handling failed (Teams then delivers it again, and the delivery log lets it through).
 */
final class MessagesServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(MessagesServlet.class);
    static final int MAX_BODY_BYTES = 512 * 1024;
    private static final long ASYNC_TIMEOUT_MILLIS = 60_000;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final transient TeamsSettings settings;
    private final transient ConnectorAdapter adapter;
    private final transient Bot bot;

    MessagesServlet(TeamsSettings settings, ConnectorAdapter adapter, Bot bot) {
        this.settings = settings;
        this.adapter = adapter;
        this.bot = bot;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (settings.localDevelopment() && !Loopback.isLoopbackHost(request.getRemoteAddr())) {
            error(response, 403, "local development accepts requests from this machine only");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            error(response, 413, "activity too large");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            error(response, 413, "activity too large");
            return;
        }
        Activity activity;
        try {
            activity = JSON.readValue(body, Activity.class);
        } catch (IOException e) {
            error(response, 400, "the body is not a Bot Framework activity (JSON)");
            return;
        }
        String problem = problem(activity);
        if (problem != null) {
            error(response, 400, problem);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(ASYNC_TIMEOUT_MILLIS);
        adapter.authenticate(request.getHeader("Authorization"), activity).whenComplete((identity, denied) -> {
            if (denied != null) {
                LOG.warn("Teams request rejected: {}", reason(denied));
                finish(async, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            adapter.process(identity, activity, bot).whenComplete((invoke, failed) -> {
                if (failed != null) {
                    LOG.error("handling a Teams activity failed ({})", reason(failed), unwrap(failed));
                    finish(async, 500, "{\"error\":\"internal\"}");
                } else {
                    finish(async, invoke);
                }
            });
        });
    }

    /** What is wrong with an activity before anyone looks at it, or null. */
    private String problem(Activity activity) {
        if (activity == null || activity.getType() == null) {
            return "an activity needs a type";
        }
        URI serviceUrl;
        try {
            serviceUrl = URI.create(activity.getServiceUrl() == null ? "" : activity.getServiceUrl());
        } catch (IllegalArgumentException e) {
            return "serviceUrl is not a URL";
        }
        if (!"https".equals(serviceUrl.getScheme()) && !"http".equals(serviceUrl.getScheme()) || serviceUrl.getHost() == null) {
            return "serviceUrl must be an http(s) URL";
        }
        // Without authentication nothing vouches for serviceUrl: replies may only go to this machine.
        if (settings.localDevelopment() && !Loopback.isLoopbackHost(serviceUrl.getHost())) {
            return "in local development serviceUrl must be on this machine";
        }
        return null;
    }

    private static void finish(AsyncContext async, InvokeResponse invoke) {
        if (invoke == null) {
            finish(async, 200, null);
            return;
        }
        try {
            finish(async, invoke.getStatus(), invoke.getBody() == null ? null : JSON.writeValueAsString(invoke.getBody()));
        } catch (IOException e) {
            finish(async, 500, "{\"error\":\"internal\"}");
        }
    }

    private static void finish(AsyncContext async, int status, String json) {
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            response.setStatus(status);
            if (json != null) {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(json);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.warn("could not answer Teams ({})", e.getClass().getName());
        } finally {
            async.complete();
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectNode().put("error", message).toString());
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** The failure's class and message: the SDK's messages name claims, never the token. */
    private static String reason(Throwable t) {
        Throwable cause = unwrap(t);
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}

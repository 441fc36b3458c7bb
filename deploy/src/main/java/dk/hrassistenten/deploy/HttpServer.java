package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackAdapter;
import dk.hrassistenten.adapters.teams.TeamsAdapter;
import dk.hrassistenten.adapters.web.WebAdapter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Embedded Jetty 12 with the service's endpoints. Slack and Teams endpoints are mounted by their adapters
 * only when their credentials are configured.
 */
final class HttpServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private HttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * @param slack the Slack app, mounted at {@code /slack/events} when Slack over HTTP is configured; may be null
     * @param teams the Teams app, mounted at {@code /api/messages}; null when Teams is not configured
     */
    static HttpServer start(Services services, int port, SlackAdapter slack, TeamsAdapter teams) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        // Local trials (HR_ASSISTANT_LOCAL_TRIAL, TEAMS_LOCAL_DEV) believe their callers; the whole service then stays on loopback.
        if (services.settings.loopbackOnly()) {
            connector.setHost("127.0.0.1");
        }
        server.addConnector(connector);

        WebAdapter web;
        try {
            web = new WebAdapter(services.settings.web(), services.assistant, services.documents, services.usage, services.settings.loopbackOnly(),
                    Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new Settings.InvalidSettingException(e.getMessage());
        }
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        web.servlets().forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        context.addServlet(new ServletHolder(new Liveness()), "/healthz");
        context.addServlet(new ServletHolder(new ReadinessServlet(services.knowledge, services.store)), "/readyz");
        context.addServlet(new ServletHolder(new MetricsServlet(services)), "/metrics");
        if (slack != null && services.settings.slack().http()) {
            context.addServlet(new ServletHolder(slack.servlet()), "/slack/events");
        }
        if (teams != null) {
            ServletHolder messages = new ServletHolder(teams.servlet());
            messages.setAsyncSupported(true); // the servlet waits for answers without holding a thread
            context.addServlet(messages, "/api/messages");
        }
        context.setErrorHandler(new JsonErrorHandler());
        server.setHandler(context);
        server.setErrorHandler(new JsonErrorHandler());
        try {
            server.start();
        } catch (IOException e) {
            server.stop();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new Settings.InvalidSettingException("Port " + port + " is already in use. Stop the other program or choose another --port.");
            }
            throw e;
        }
        return new HttpServer(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    String host() {
        return connector.getHost() == null ? "0.0.0.0" : connector.getHost();
    }

    void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("stopping the HTTP server failed", e);
        }
    }

    /** 200 while the process can answer at all; a plain-text body for humans. */
    private static final class Liveness extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("ok\n");
        }
    }

    /** Prometheus text exposition of the service's metrics. */
    private static final class MetricsServlet extends HttpServlet {
        private final transient Services services;

        MetricsServlet(Services services) {
            this.services = services;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.setContentType("text/plain; version=0.0.4");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(services.meters.scrape());
        }
    }
}

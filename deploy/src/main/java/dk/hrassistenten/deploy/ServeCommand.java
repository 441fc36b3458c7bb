package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackAdapter;
import dk.hrassistenten.adapters.teams.TeamsAdapter;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the HTTP service. The index is built in the background; /readyz says when it is ready. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the service: web chat at /, POST /api/chat, /healthz, /readyz, /metrics.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions options;

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.of(options, System.getenv());
        if (port < 0 || port > 65535) {
            throw new Settings.InvalidSettingException("--port must be between 0 and 65535, not " + port + ".");
        }
        try (Services services = new Services(settings, true);
             SlackAdapter slack = services.slack(services.assistant::handle);
             TeamsAdapter teams = services.teams(services.assistant::handle)) {
            checkAtStart(services, slack);
            try (HttpServer server = HttpServer.start(services, port, slack, teams)) {
                serve(services, settings, slack, server);
            }
        }
        return 0;
    }

    /**
     * What can be checked before serving: Slack's token (a refused one stops the start with what to fix), and the
     * store, whose migrations run now; an unreachable store is logged and shown by /readyz but stops nothing,
     * because questions need no store (contract.md, "Readiness").
     */
    private static void checkAtStart(Services services, SlackAdapter slack) {
        if (slack != null) {
            try {
                slack.checkToken();
            } catch (IllegalArgumentException e) {
                throw new Settings.InvalidSettingException(e.getMessage(), e);
            }
        }
        if (services.store.unreachable(StoreCheck.START_WAIT).isEmpty()) {
            LOG.info("the store answers ({})", services.settings.dbUrl() == null ? "embedded, under --data" : "--db");
        } // else StoreCheck has logged the error, or will when the database's own timeout ends
    }

    /** Starts Socket Mode if configured, builds the index in the background, and serves until stopped. */
    private static void serve(Services services, Settings settings, SlackAdapter slack, HttpServer server) throws InterruptedException {
        if (slack != null && settings.slack().socketMode()) {
            try {
                slack.startSocketMode();
            } catch (Exception e) {
                throw new Settings.InvalidSettingException("Slack Socket Mode could not connect (" + Failures.describe(e) + "). Check SLACK_APP_TOKEN "
                        + "(an app-level token, xapp-…, with connections:write) and that the service can reach Slack.", e);
            }
        }
        LOG.info("HR-assistenten listens on http://{}:{}/ ({})", server.host(), server.port(), settings.origin());
        Thread indexer = new Thread(() -> {
            try {
                services.knowledge.openStored(p -> LOG.info("index: {}", p));
                services.knowledge.reload(p -> LOG.info("index: {}", p));
            } catch (RuntimeException e) {
                LOG.error("building the index failed; /readyz stays 503 until a source changes", e);
            }
            services.knowledge.watch();
        }, "initial-index");
        indexer.start();
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        // What is past the retention is deleted at start and then every six hours.
        housekeeping.scheduleWithFixedDelay(() -> purge(services, settings), 1, 6 * 60, TimeUnit.MINUTES);
        server.join();
    }

    private static void purge(Services services, Settings settings) {
        try {
            LOG.info("retention: deleted {}", services.privacy.purge(settings.retention()));
        } catch (Exception e) {
            LOG.warn("retention purge failed ({}); will try again", e.getClass().getName());
        }
    }
}

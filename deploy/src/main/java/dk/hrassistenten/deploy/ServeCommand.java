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
@Command(name = "serve", description = "Start the service: web chat at /, POST /api/chat, /healthz, /readyz, /metrics.")
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
        try (Services services = new Services(settings);
             SlackAdapter slack = services.slack(services.assistant::handle);
             TeamsAdapter teams = services.teams(services.assistant::handle);
             HttpServer server = HttpServer.start(services, port, slack, teams)) {
            if (slack != null && settings.slack().socketMode()) {
                slack.startSocketMode();
            }
            LOG.info("HR-assistenten listens on http://{}:{}/ (corpus {})", server.host(), server.port(), settings.corpus().toAbsolutePath());
            Thread indexer = new Thread(() -> {
                try {
                    services.knowledge.reload(p -> LOG.info("index: {}", p));
                    services.knowledge.watch();
                } catch (Exception e) {
                    LOG.error("building the index failed; /readyz stays 503", e);
                }
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
        return 0;
    }

    private static void purge(Services services, Settings settings) {
        try {
            LOG.info("retention: deleted {}", services.privacy.purge(settings.retention()));
        } catch (Exception e) {
            LOG.warn("retention purge failed ({}); will try again", e.getClass().getName());
        }
    }
}

package dk.hrassistenten.deploy;

import dk.hrassistenten.adapters.slack.SlackAdapter;
import java.util.concurrent.Callable;
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
             HttpServer server = HttpServer.start(services, port, System.getenv(), slack)) {
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
            server.join();
        }
        return 0;
    }
}

package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hrassistenten.adapters.slack.SlackSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode: the service opens a WebSocket to "Slack" (a local server that speaks the Socket Mode
 * protocol), receives an event envelope there, acknowledges it on the socket and answers via the Web API.
 */
class SlackSocketModeIT {

    /** Plays Slack's Socket Mode endpoint: hello, then one events_api envelope; records what the app sends back. */
    static final class FakeSocketMode extends WebSocketServer {
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch acked = new CountDownLatch(1);
        private final String envelope;

        FakeSocketMode(String envelope) {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            this.envelope = envelope;
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"local\"},\"connection_info\":{\"app_id\":\"A1\"}}");
            conn.send(envelope);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
            if (message.contains("\"envelope_id\":\"env-1\"")) {
                acked.countDown();
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @Test
    void anEventArrivingOverTheSocketIsAcknowledgedThereAndAnswered(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("cykel.md"), "# Cykler\n\n## Cykelordning\n\nCykelordningen træder i kraft den 1. august 2026.\n");
        String payload = SlackIT.mention("EvS1", "Hvornår træder cykelordningen i kraft?");
        FakeSocketMode socket = new FakeSocketMode("{\"envelope_id\":\"env-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + payload + "}");
        socket.start();
        assertThat(socket.started.await(10, TimeUnit.SECONDS)).isTrue();
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.socketModeUrl = "ws://127.0.0.1:" + socket.getPort() + "/";
            Settings settings = new Settings(corpus, Files.createTempDirectory("hr-data"), null, null, null,
                    new SlackSettings("xoxb-test", null, "xapp-test", api.apiUrl(), null), null);
            try (TestServer server = new TestServer(settings, true, null)) {
                server.slack.startSocketMode();
                assertThat(socket.acked.await(15, TimeUnit.SECONDS)).as("the envelope is acknowledged on the socket").isTrue();
                List<FakeSlackApi.Call> posts = api.await("chat.postMessage", 1);
                assertThat(posts).hasSize(1);
                assertThat(posts.get(0).body()).contains("1. august 2026").contains("thread_ts=1700000000.000100");
                assertThat(api.calls("apps.connections.open")).isNotEmpty();
                assertThat(server.get("/slack/events").statusCode()).as("no HTTP endpoint without a signing secret").isNotEqualTo(200);
            }
        } finally {
            socket.stop(1000);
        }
    }
}

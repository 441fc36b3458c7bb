package dk.hrassistenten.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol, for tests that type, press keys, reload and measure: one tab
 * of a given viewport size. Not thread-safe; close it.
 */
final class Browser implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Browser(Process chromium, Path profile, WebSocket socket) {
        this.chromium = chromium;
        this.profile = profile;
        this.socket = socket;
    }

    /** A browser with one blank tab of {@code width}×{@code height} CSS pixels. */
    static Browser open(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
        URI browserSocket = null;
        for (String line; browserSocket == null && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserSocket = URI.create(m.group(1));
            }
        }
        if (browserSocket == null) {
            chromium.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> {
            try {
                err.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // the browser is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = ReplyJson.mapper().readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://" + browserSocket.getAuthority() + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                page = target.get("webSocketDebuggerUrl").asText();
            }
        }
        Browser[] self = new Browser[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].received(message.toString());
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new Browser(chromium, profile, socket);
        self[0].send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return self[0];
    }

    private void received(String text) {
        try {
            JsonNode message = ReplyJson.mapper().readTree(text);
            CompletableFuture<JsonNode> waiting = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
            if (waiting != null) {
                waiting.complete(message);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = ReplyJson.mapper().createObjectNode().put("id", id).put("method", method);
        command.set("params", ReplyJson.mapper().valueToTree(params));
        socket.sendText(ReplyJson.mapper().writeValueAsString(command), true).get(10, TimeUnit.SECONDS);
        JsonNode message = answer.get(60, TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IllegalStateException(method + ": " + message.get("error"));
        }
        return message.get("result");
    }

    /** Loads {@code url} and waits until its document is complete. */
    void navigate(URI url) throws Exception {
        send("Page.navigate", Map.of("url", url.toString()));
        waitFor("document.readyState === 'complete' && document.location.href !== 'about:blank'");
    }

    void reload() throws Exception {
        send("Page.reload", Map.of());
        Thread.sleep(200);
        waitFor("document.readyState === 'complete'");
    }

    /** The value of a JavaScript expression in the page (promises awaited), as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits up to 30 seconds for a JavaScript expression to be true. */
    void waitFor(String condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!eval("!!(" + condition + ")").asBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for: " + condition);
            }
            Thread.sleep(50);
        }
    }

    /** Types {@code text} into the focused element and presses Enter. */
    void typeAndEnter(String text) throws Exception {
        send("Input.insertText", Map.of("text", text));
        press("Enter", 13);
    }

    /** Presses and releases a key ({@code "Enter"}, {@code "ArrowUp"} …) in the focused element. */
    void press(String key, int keyCode) throws Exception {
        Map<String, Object> down = new java.util.HashMap<>(Map.of("type", "keyDown", "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
        if ("Enter".equals(key)) {
            down.put("text", "\r");
        }
        send("Input.dispatchKeyEvent", down);
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
    }

    /** Where screenshots are kept as the tests' artefacts (CI keeps {@code deploy/target/screenshots}). */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** axe-core as npm installs it for the tests ({@code bin/test} runs {@code npm ci} in {@code src/test/axe}). */
    static final Path AXE = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");

    /** Saves what the tab shows now as {@code target/screenshots/<name>.png}, and returns its path. */
    Path screenshot(String name) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, java.util.Base64.getDecoder().decode(shot.get("data").asText()));
        return file;
    }

    /**
     * Runs axe-core in the page against WCAG 2.1 A and AA and axe's best practices, and returns its violations as lines
     * (rule, impact, what is wrong, and where); empty when it finds none.
     */
    List<String> axeViolations() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            throw new IllegalStateException(AXE.toAbsolutePath() + " is missing: run bin/test, or npm ci in deploy/src/test/axe");
        }
        eval(Files.readString(AXE) + "; true");
        JsonNode violations = eval("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
                + "'best-practice']}}).then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.map(n => n.target.join(' ') + ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']').join('; ')))");
        List<String> lines = new java.util.ArrayList<>();
        violations.forEach(v -> lines.add(v.asText()));
        return lines;
    }

    static String chromium() {
        for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chromium is not installed: .ci/run installs Debian's chromium package.");
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
        deleteProfile(profile);
    }

    /**
     * Removes a Chromium profile folder, best effort: Chromium's helper processes may still write or remove files in it
     * for a moment after the browser has exited, and a leftover temporary folder must not fail a test.
     */
    static void deleteProfile(Path profile) {
        for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished under the walk: walk again
            }
        }
    }
}

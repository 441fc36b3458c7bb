package dk.hrassistenten.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Slack's jars on the classpath are of one release: Bolt's parts are built and tested together, not across releases. */
class SlackJarsTest {

    @Test
    void everySlackJarIsOfOneRelease() throws IOException {
        Map<String, String> versions = new TreeMap<>();
        for (String artifact : new String[] {"bolt", "bolt-socket-mode", "bolt-jakarta-servlet", "bolt-servlet", "slack-api-client",
                "slack-api-model", "slack-app-backend"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/maven/com.slack.api/" + artifact + "/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    versions.put(artifact, p.getProperty("version"));
                }
            }
        }
        assertThat(versions).containsKeys("bolt", "bolt-socket-mode", "slack-api-client", "slack-api-model");
        assertThat(versions.values().stream().distinct()).as(versions.toString()).hasSize(1);
    }
}

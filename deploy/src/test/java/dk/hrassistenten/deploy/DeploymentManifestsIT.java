package dk.hrassistenten.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.hrassistenten.bot.agenda.Forums;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/**
 * The deployment files against the service itself: probe paths answer on a running instance, the ports
 * agree, and every environment variable the files set is one the service reads (a typo would be a
 * silent default in production).
 */
class DeploymentManifestsIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = Path.of("kubernetes");

    private static JsonNode yaml(Path file) throws Exception {
        return YAML.readTree(file.toFile());
    }

    @Test
    void theDeploymentRunsTwoReplicasWithProbesThePortAndLimits() throws Exception {
        JsonNode deployment = yaml(K8S.resolve("deployment.yaml"));
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        int port = container.at("/ports/0/containerPort").asInt();
        String defaultPort = ServeCommand.class.getDeclaredField("port").getAnnotation(Option.class).defaultValue();
        assertThat(port).isEqualTo(Integer.parseInt(defaultPort));
        assertThat(container.at("/args").toString()).contains("\"serve\"").contains("\"" + port + "\"");
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();

        String readiness = container.at("/readinessProbe/httpGet/path").asText();
        String liveness = container.at("/livenessProbe/httpGet/path").asText();
        assertThat(readiness).isEqualTo("/readyz");
        assertThat(liveness).isEqualTo("/healthz");
        try (TestServer server = new TestServer(TestServer.fixture("mixed"), false)) {
            assertThat(server.get(liveness).statusCode()).isEqualTo(200);
            assertThat(server.get(readiness).statusCode()).as("not ready before the index").isEqualTo(503);
            server.services.knowledge.reload(p -> { });
            assertThat(server.get(readiness).statusCode()).isEqualTo(200);
        }
        assertThat(yaml(K8S.resolve("service.yaml")).at("/spec/ports/0/targetPort").asText()).isEqualTo(container.at("/ports/0/name").asText());
        assertThat(yaml(K8S.resolve("pdb.yaml")).at("/spec/minAvailable").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(yaml(K8S.resolve("hpa.yaml")).at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode kustomization = yaml(K8S.resolve("kustomization.yaml"));
        kustomization.path("resources").forEach(r -> assertThat(K8S.resolve(r.asText())).exists());
    }

    @Test
    void everyEnvironmentVariableTheFilesSetIsOneTheServiceReads() throws Exception {
        List<String> set = new ArrayList<>();
        JsonNode kustomization = yaml(K8S.resolve("kustomization.yaml"));
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            generator.path("literals").forEach(l -> set.add(l.asText().substring(0, l.asText().indexOf('='))));
        }
        yaml(K8S.resolve("secret.example.yaml")).path("stringData").fieldNames().forEachRemaining(set::add);
        yaml(Path.of("compose.yaml")).at("/services/hr-assistant/environment").fieldNames().forEachRemaining(set::add);
        Matcher env = Pattern.compile("(?m)^\\s*(?:ENV\\s+)?([A-Z_]+)=").matcher(dockerfileEnvBlock());
        while (env.find()) {
            set.add(env.group(1));
        }
        assertThat(set).hasSizeGreaterThan(10);
        assertThat(Environment.names()).containsAll(set);
    }

    @Test
    void theImageIsMultiStageJreOnlyNonRootWithAHealthCheck() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^FROM .*jdk.* AS build$").containsPattern("(?m)^FROM [^ ]*-jre$")
                .contains("USER 10001").contains("EXPOSE 8080").contains("HEALTHCHECK").contains("\"healthcheck\"")
                .contains("COPY --from=build /src/deploy/target/hr-assistant.jar");
        assertThat(Main.run("healthcheck", "--url", "http://127.0.0.1:9/healthz")).as("no server there").isEqualTo(1);
    }

    @Test
    void theShippedForumsFileIsValid() throws Exception {
        assertThat(Forums.load(K8S.resolve("forums.yaml")).all()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.secretaries()).doesNotContain("*"));
    }

    @Test
    void theTeamsAppPackageIsCompleteAndNamesTheBot() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Path.of("teams/manifest.json").toFile());
        assertThat(manifest.get("manifestVersion").asText()).isEqualTo("1.17");
        assertThat(manifest.at("/bots/0/botId").asText()).isEqualTo("${{MICROSOFT_APP_ID}}");
        assertThat(manifest.at("/bots/0/commandLists/0/commands").size()).isBetween(1, 10);
        assertThat(manifest.get("name").get("short").asText().length()).isLessThanOrEqualTo(30);
        assertThat(manifest.at("/description/short").asText().length()).isLessThanOrEqualTo(80);
        java.awt.image.BufferedImage color = javax.imageio.ImageIO.read(Path.of("teams", manifest.at("/icons/color").asText()).toFile());
        java.awt.image.BufferedImage outline = javax.imageio.ImageIO.read(Path.of("teams", manifest.at("/icons/outline").asText()).toFile());
        assertThat(List.of(color.getWidth(), color.getHeight())).containsExactly(192, 192);
        assertThat(List.of(outline.getWidth(), outline.getHeight())).containsExactly(32, 32);
        assertThat(outline.getColorModel().hasAlpha()).as("the outline icon is white on transparent").isTrue();
        assertThat(outline.getRGB(0, 0) >>> 24).isZero();

        Process p = new ProcessBuilder("bash", "teams/package.sh").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String refused = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("no app id: refused").isNotZero();
        assertThat(refused).contains("MICROSOFT_APP_ID");
        ProcessBuilder build = new ProcessBuilder("bash", "teams/package.sh").redirectErrorStream(true);
        build.environment().put("MICROSOFT_APP_ID", "11111111-2222-3333-4444-555555555555");
        build.environment().put("HR_ASSISTANT_PUBLIC_URL", "https://hr.example.org");
        Process packaging = build.start();
        packaging.getOutputStream().close();
        String out = new String(packaging.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(packaging.waitFor()).as(out).isZero();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(Path.of("teams/target/hr-assistant-teams.zip").toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
            String packaged = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(packaged).doesNotContain("${{").contains("\"botId\": \"11111111-2222-3333-4444-555555555555\"")
                    .contains("\"hr.example.org\"");
        }
    }

    private static String dockerfileEnvBlock() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        int start = dockerfile.indexOf("ENV ");
        int end = dockerfile.indexOf("EXPOSE", start);
        return dockerfile.substring(start, end).replace("\\\n", "\n");
    }
}

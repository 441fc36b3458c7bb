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
        for (String secret : List.of("secret.example.yaml", "slack-secret.example.yaml", "teams-secret.example.yaml")) {
            yaml(K8S.resolve(secret)).path("stringData").fieldNames().forEachRemaining(set::add);
        }
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
                .contains("USER 10001").contains("EXPOSE 8080").contains("HEALTHCHECK")
                .contains("COPY --from=build /src/deploy/target/hr-assistant.jar");
        assertThat(Main.run("healthcheck", "--url", "http://127.0.0.1:9/healthz")).as("no server there").isEqualTo(1);
    }

    /** The image's health check, run as Docker runs it (exec form), against a real server: no second JVM. */
    @Test
    void theImagesHealthCheckAsksHealthzWithoutStartingAJvm() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
        Matcher check = Pattern.compile("(?m)^HEALTHCHECK .*?CMD (\\[.*])$").matcher(dockerfile);
        assertThat(check.find()).as("an exec-form HEALTHCHECK").isTrue();
        List<String> command = new ArrayList<>();
        new ObjectMapper().readTree(check.group(1)).forEach(part -> command.add(part.asText()));
        assertThat(String.join(" ", command)).doesNotContain("java").contains("/healthz").contains("8080");
        try (TestServer server = new TestServer(TestServer.fixture("mixed"), false)) {
            assertThat(exitOf(command, "8080", Integer.toString(server.uri("/").getPort()))).as("the service answers").isZero();
        }
        assertThat(exitOf(command, "8080", "9")).as("nothing listens").isNotZero();
    }

    private static int exitOf(List<String> command, String port, String actualPort) throws Exception {
        Process p = new ProcessBuilder(command.stream().map(part -> part.replace(port, actualPort)).toList()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /**
     * What the image build is sent: the Dockerfile copies the whole context, so .dockerignore must keep out the
     * history, build output and local state (an embedded database with people's records), and keep in the sources.
     */
    @Test
    void theBuildContextLeavesOutHistoryBuildOutputAndLocalData() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> patterns = Files.readAllLines(root.resolve(".dockerignore")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String excluded : List.of(".git/HEAD", "deploy/target/hr-assistant.jar", "knowledge/target/classes/x.class", "data/hr-assistant.mv.db",
                "deploy/data/hr-assistant.mv.db", "deploy/teams/target/hr-assistant-teams.zip")) {
            assertThat(ignored(patterns, excluded)).as(excluded).isTrue();
        }
        for (String kept : List.of("pom.xml", "mvnw", ".mvn/wrapper/maven-wrapper.properties", "deploy/pom.xml", "deploy/Dockerfile",
                "bot/src/main/resources/db/hr/V1__agenda.sql", "knowledge/src/main/java/dk/hrassistenten/knowledge/KnowledgeBase.java")) {
            assertThat(ignored(patterns, kept)).as(kept).isFalse();
            assertThat(root.resolve(kept)).exists();
        }
    }

    /** Docker's rule: a pattern excludes a path it matches, and everything below a folder it matches. */
    private static boolean ignored(List<String> patterns, String path) {
        Path p = Path.of(path);
        for (String pattern : patterns) {
            java.nio.file.PathMatcher matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            for (Path prefix = p; prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix) || (pattern.startsWith("**/") && prefix.getNameCount() == 1
                        && java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)).matches(prefix))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theKubernetesKitBindsRunsOnSeveralNodesAndIsReachedOverHttpsAtTheChannelsPaths() throws Exception {
        checkKit(kitFromFiles());
    }

    /** The same facts on what Kustomize renders, where kubectl is installed. */
    @Test
    void theRenderedKitHasTheSameFacts() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed");
        Process p = new ProcessBuilder("kubectl", "kustomize", K8S.toString()).start();
        p.getOutputStream().close();
        String rendered = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isZero();
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(rendered)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        assertThat(documents).allSatisfy(d -> assertThat(d.at("/metadata/namespace").asText()).isEqualTo("hr-assistant"));
        checkKit(documents);
    }

    private static List<JsonNode> kitFromFiles() throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode resource : yaml(K8S.resolve("kustomization.yaml")).path("resources")) {
            documents.add(yaml(K8S.resolve(resource.asText())));
        }
        return documents;
    }

    private static JsonNode kind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in the kit"));
    }

    private static void checkKit(List<JsonNode> kit) {
        JsonNode claim = kind(kit, "PersistentVolumeClaim");
        assertThat(claim.at("/spec/accessModes").size()).as("one access mode: storage classes refuse claims asking for several").isEqualTo(1);

        JsonNode deployment = kind(kit, "Deployment");
        JsonNode pod = deployment.at("/spec/template");
        JsonNode podLabels = pod.at("/metadata/labels");
        List<String> spreadKeys = new ArrayList<>();
        for (JsonNode spread : pod.at("/spec/topologySpreadConstraints")) {
            spreadKeys.add(spread.path("topologyKey").asText());
            spread.at("/labelSelector/matchLabels").fields().forEachRemaining(l -> assertThat(podLabels.path(l.getKey()).asText()).isEqualTo(l.getValue().asText()));
        }
        assertThat(spreadKeys).contains("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        JsonNode antiAffinity = pod.at("/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm");
        assertThat(antiAffinity.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
        JsonNode container = pod.at("/spec/containers/0");
        for (JsonNode from : container.path("envFrom")) {
            String name = from.at("/secretRef/name").asText();
            if (name.contains("slack") || name.contains("teams")) {
                assertThat(from.at("/secretRef/optional").asBoolean()).as(name + ": a pod without that channel must start").isTrue();
            }
        }
        assertThat(container.path("envFrom").findValuesAsText("name")).anyMatch(n -> n.contains("slack")).anyMatch(n -> n.contains("teams"));
        JsonNode corpusVolume = pod.at("/spec/volumes").findParent("persistentVolumeClaim");
        assertThat(corpusVolume.at("/persistentVolumeClaim/claimName").asText()).isEqualTo(claim.at("/metadata/name").asText());
        assertThat(corpusVolume.at("/persistentVolumeClaim/readOnly").asBoolean()).isTrue();

        JsonNode service = kind(kit, "Service");
        JsonNode ingress = kind(kit, "Ingress");
        JsonNode rule = ingress.at("/spec/rules/0");
        List<String> tlsHosts = new ArrayList<>();
        ingress.at("/spec/tls/0/hosts").forEach(h -> tlsHosts.add(h.asText()));
        assertThat(tlsHosts).as("Slack and Teams call only https").contains(rule.path("host").asText());
        assertThat(ingress.at("/spec/tls/0/secretName").asText()).isNotBlank();
        List<String> paths = new ArrayList<>();
        for (JsonNode path : rule.at("/http/paths")) {
            paths.add(path.path("path").asText());
            assertThat(path.at("/backend/service/name").asText()).isEqualTo(service.at("/metadata/name").asText());
            assertThat(path.at("/backend/service/port/name").asText()).isEqualTo(service.at("/spec/ports/0/name").asText());
        }
        assertThat(paths).contains("/slack/events", "/api/messages", "/");
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
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

        // Danish first, English beside it: without localizationInfo Teams takes the Danish texts for en-us.
        assertThat(manifest.at("/localizationInfo/defaultLanguageTag").asText()).isEqualTo("da-DK");
        JsonNode english = manifest.at("/localizationInfo/additionalLanguages/0");
        assertThat(english.path("languageTag").asText()).isEqualTo("en-US");
        JsonNode translations = new ObjectMapper().readTree(Path.of("teams", english.path("file").asText()).toFile());
        List<String> keys = new ArrayList<>();
        translations.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("name.short", "name.full", "description.short", "description.full");
        for (String key : keys) {
            if (!key.startsWith("$")) {
                // "bots[0].commandLists[0].commands[1].title" is the manifest's /bots/0/commandLists/0/commands/1/title
                String pointer = "/" + key.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
                assertThat(manifest.at(pointer).isTextual()).as(key + " translates a text of the manifest").isTrue();
            }
        }
        assertThat(translations.get("name.short").asText().length()).isLessThanOrEqualTo(30);
        assertThat(translations.get("description.short").asText().length()).isLessThanOrEqualTo(80);

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
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactlyInAnyOrder("manifest.json", "en-US.json", "color.png", "outline.png");
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

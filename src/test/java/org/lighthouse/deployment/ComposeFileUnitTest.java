package org.lighthouse.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The production setup an operator starts with one command (docker/compose.yml and docker/Caddyfile), checked without
 * Docker, which the development machines lack: a YAML parse with the anchors merged as Compose merges them, the parts
 * the README promises, and every variable an operator may set named in the README. Where Docker exists, Compose itself
 * checks the file too.
 */
class ComposeFileUnitTest {

    private static final Path COMPOSE = Path.of("docker/compose.yml");
    private static final Path CADDYFILE = Path.of("docker/Caddyfile");
    private static final String REPLICA_SET_URI =
            "mongodb://mongo1:27017,mongo2:27017,mongo3:27017/lighthouse?replicaSet=rs0";
    private static final List<String> MONGO_NODES = List.of("mongo1", "mongo2", "mongo3");
    private static final List<String> INSTANCES = List.of("lighthouse1", "lighthouse2");

    private static Map<String, Object> compose;
    private static String caddyfile;

    @BeforeAll
    static void read() throws IOException {
        compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(COMPOSE));
        caddyfile = Files.readString(CADDYFILE);
    }

    /** Three MongoDB 7 nodes of the replica set rs0, each keeping its data in a volume of its own. */
    @Test
    void theReplicaSetHasThreeNodesEachWithItsOwnVolume() {
        Set<String> volumes = new TreeSet<>();
        for (String node : MONGO_NODES) {
            Map<String, Object> service = service(node);
            assertThat(service.get("image")).isEqualTo("mongo:7");
            assertThat(strings(service.get("command"))).containsSubsequence("--replSet", "rs0");
            List<String> mounts = strings(service.get("volumes"));
            assertThat(mounts).hasSize(1).allMatch(mount -> mount.endsWith(":/data/db"));
            volumes.add(mounts.get(0).split(":")[0]);
        }
        assertThat(volumes).hasSize(3);
        assertThat(map(compose.get("volumes")).keySet()).containsAll(volumes);
    }

    /** A one-shot service makes rs0 of the three nodes once they answer, and only waits for a primary when run again. */
    @Test
    void aOneShotServiceInitiatesTheReplicaSetAndMayRunAgain() {
        Map<String, Object> init = service("mongo-init");
        assertThat(init.get("restart")).isEqualTo("no");
        for (String node : MONGO_NODES) {
            assertThat(map(map(init.get("depends_on")).get(node))).containsEntry("condition", "service_healthy");
        }
        List<String> command = strings(init.get("command"));
        assertThat(command.get(0)).isEqualTo("mongosh");
        String script = command.get(command.size() - 1);
        assertThat(script).contains("rs.initiate(", "_id: 'rs0'", "'NotYetInitialized'", "PRIMARY");
        MONGO_NODES.forEach(node -> assertThat(script).contains("host: '" + node + ":27017'"));
    }

    /**
     * Two Lighthouse instances from the project's image on the replica set, told apart by their names, each checked by
     * its readiness, started only once the replica set exists, and sharing the data directory's files.
     */
    @Test
    void twoLighthouseInstancesRunOnTheReplicaSetUnderTheirOwnNames() throws IOException {
        Set<Object> names = new TreeSet<>();
        for (String instance : INSTANCES) {
            Map<String, Object> service = service(instance);
            assertThat(map(service.get("build"))).containsEntry("dockerfile", "docker/Dockerfile");
            Map<String, Object> environment = map(service.get("environment"));
            assertThat(environment).containsEntry("MONGODB_URI", REPLICA_SET_URI);
            names.add(environment.get("LIGHTHOUSE_INSTANCE_NAME"));
            assertThat(String.join(" ", strings(map(service.get("healthcheck")).get("test"))))
                    .contains("http://localhost:8080/actuator/health/readiness");
            assertThat(map(map(service.get("depends_on")).get("mongo-init")))
                    .containsEntry("condition", "service_completed_successfully");
            assertThat(strings(service.get("volumes"))).contains("lighthouse-files:/data");
        }
        assertThat(names).hasSize(2).doesNotContainNull();
        assertThat(Path.of("docker/Dockerfile")).exists();
        String dockerfile = Files.readString(Path.of("docker/Dockerfile")).replace("\\\n", " ");
        assertThat(dockerfile.lines()).as("the image installs curl, which the health checks run")
                .anyMatch(line -> line.contains("apt-get install") && line.contains(" curl "));
    }

    /**
     * Caddy takes HTTPS for the public host name and balances both instances by their health: readiness for the web
     * chat and the webhooks, the active instance for the console, and another instance when one cannot be reached.
     */
    @Test
    void caddyServesThePublicHostAndBalancesBothInstancesByTheirHealth() {
        Map<String, Object> caddy = service("caddy");
        assertThat((String) caddy.get("image")).startsWith("caddy:2");
        assertThat(strings(caddy.get("ports"))).contains("443:443", "80:80");
        assertThat(strings(caddy.get("volumes"))).contains("./Caddyfile:/etc/caddy/Caddyfile:ro");
        assertThat(map(caddy.get("environment"))).containsKey("LIGHTHOUSE_PUBLIC_HOST");

        assertThat(caddyfile).contains("{$LIGHTHOUSE_PUBLIC_HOST} {",
                "to " + INSTANCES.get(0) + ":8080 " + INSTANCES.get(1) + ":8080", "lb_try_duration",
                "health_uri /actuator/health/readiness", "handle /console* {", "lb_policy cookie",
                "health_uri /actuator/health/lease");
        assertThat(balanced(caddyfile)).as("the Caddyfile's braces pair up").isTrue();
    }

    /** An operator finds every variable the two files read in the README. */
    @Test
    void everyVariableTheFilesReadIsNamedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> variables = new TreeSet<>();
        variables.addAll(matches(Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)"), Files.readString(COMPOSE)));
        Set<String> caddyVariables = matches(Pattern.compile("\\{\\$([A-Za-z_][A-Za-z0-9_]*)"), caddyfile);
        variables.addAll(caddyVariables);

        assertThat(variables).contains("LIGHTHOUSE_PUBLIC_HOST", "TELEGRAM_WEBHOOK_URL", "LIGHTHOUSE_TAKEOVER_AFTER");
        assertThat(variables).allMatch(variable -> readme.contains("`" + variable + "`"),
                "named in README.md as `VARIABLE`");
        assertThat(map(service("caddy").get("environment")).keySet()).containsAll(caddyVariables);
    }

    /** Where Docker Compose is installed, it accepts the file itself (not on the development machines). */
    @Test
    void composeAcceptsTheFileWhereDockerComposeExists() throws Exception {
        assumeTrue(onPath("docker") && run("docker", "compose", "version").exitValue() == 0,
                "Docker Compose is not installed here");
        Process config = run("docker", "compose", "-f", COMPOSE.toString(), "config", "--quiet");
        String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config.exitValue()).as(output).isZero();
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(compose.get("services")).get(name));
        assertThat(service).as("service " + name).isNotEmpty();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Braces outside comments and backtick tokens, which Caddy needs paired. */
    private static boolean balanced(String text) {
        int depth = 0;
        for (String line : text.split("\n")) {
            String code = line.replaceAll("`[^`]*`", "").replaceAll("^\\s*#.*", "");
            for (char c : code.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static Process run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LIGHTHOUSE_PUBLIC_HOST", "bot.example.org");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return process;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}

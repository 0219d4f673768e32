package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deployment files, checked without a Docker engine or a cluster: docker-compose.yml is valid for docker-compose
 * and mounts only files that exist; the Kubernetes manifests give every service probes on the actuator's health
 * groups, resource requests and limits, and an autoscaler. Every service's management port (the actuator's) is the
 * same in its application.yml, ./run-local, docker-compose.yml, the Kubernetes manifests and prometheus.yml, is opened
 * beyond loopback only inside the containers, and is never published next to the API.
 */
class DeployFilesIT {

    private static final Path REPO = RepoLayout.detectRepoDir();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final List<String> SERVICES = List.of("retro-ingest-service", "action-tracker-service",
            "metrics-service");

    @Test
    void composeFileIsValidAndMountsOnlyWhatExists() throws Exception {
        MonitoringTools.Result config = MonitoringTools.tool("docker-compose", "-f",
                REPO.resolve("docker-compose.yml").toString(), "config");

        assertThat(config.exitCode()).as(config.output()).isZero();
        // Each bind mount, resolved: "- /abs/path:/in/container:ro" (docker-compose 1) or "source: /abs/path" (2).
        Matcher mount = Pattern.compile("(?m)^\\s*(?:- |source: )(/[^:\\s]+)(?::/|$)").matcher(config.output());
        List<Path> mounted = new ArrayList<>();
        while (mount.find()) {
            mounted.add(Path.of(mount.group(1)));
        }
        assertThat(mounted).isNotEmpty().allSatisfy(source -> assertThat(source).exists());
        for (String service : SERVICES) {
            // each service is built from this repository's Dockerfile for its own module
            assertThat(config.output()).containsPattern("(?m)^  " + service + ":$")
                    .contains("SERVICE: " + service);
        }
        JsonNode services = YAML.readTree(config.output()).path("services");
        for (Service service : Service.values()) {
            JsonNode compose = services.path(service.moduleName());
            String management = String.valueOf(service.defaultPorts().management());
            assertThat(compose.at("/environment/MANAGEMENT_SERVER_PORT").asString()).as(service.moduleName())
                    .isEqualTo(management);
            // Prometheus and the health check reach it on the compose network; the host does not.
            assertThat(compose.at("/environment/MANAGEMENT_SERVER_ADDRESS").asString()).isEqualTo("0.0.0.0");
            assertThat(compose.at("/healthcheck/test").toString()).contains("/actuator/health/readiness");
            for (JsonNode published : compose.path("ports")) {
                String target = published.isObject() ? published.path("target").asString()
                        : published.asString().replaceAll(".*:", "");
                assertThat(target).as(service.moduleName()).isNotEqualTo(management);
            }
        }
    }

    @Test
    void managementPortsAgreeEverywhere() throws Exception {
        JsonNode prometheus = YAML.readTree(Files.readString(REPO.resolve("deploy/prometheus/prometheus.yml")));
        for (Service service : Service.values()) {
            ServicePorts ports = service.defaultPorts();
            // The service's own defaults, and the variables that override them (run-local uses the same names).
            JsonNode application = YAML.readTree(Files.readString(
                    REPO.resolve(service.moduleName() + "/src/main/resources/application.yml")));
            assertThat(application.at("/server/port").asString())
                    .isEqualTo("${RETROTRACK_" + service.name() + "_PORT:" + ports.http() + "}");
            assertThat(application.at("/management/server/port").asString())
                    .isEqualTo("${RETROTRACK_" + service.name() + "_MANAGEMENT_PORT:" + ports.management() + "}");

            JsonNode job = null;
            for (JsonNode scrape : prometheus.path("scrape_configs")) {
                if (scrape.path("job_name").asString().equals(service.moduleName())) {
                    job = scrape;
                }
            }
            assertThat(job).as("scrape job " + service.moduleName()).isNotNull();
            assertThat(job.at("/static_configs/0/targets/0").asString())
                    .isEqualTo(service.moduleName() + ":" + ports.management());
            assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");

            List<JsonNode> documents = documents(REPO.resolve("deploy/k8s/" + service.moduleName() + ".yaml"));
            JsonNode pod = kind(documents, "Deployment").at("/spec/template");
            assertThat(pod.at("/metadata/annotations/prometheus.io~1port").asString())
                    .isEqualTo(String.valueOf(ports.management()));
            JsonNode container = pod.at("/spec/containers/0");
            assertThat(containerPort(container, "management")).isEqualTo(ports.management());
            assertThat(containerPort(container, "http")).isEqualTo(ports.http());
            assertThat(container.path("env")).anySatisfy(env -> {
                assertThat(env.path("name").asString()).isEqualTo("MANAGEMENT_SERVER_PORT");
                assertThat(env.path("value").asString()).isEqualTo(String.valueOf(ports.management()));
            });
            // The Service offers the API only: Prometheus and the kubelet go to the pod's management port.
            assertThat(kind(documents, "Service").at("/spec/ports")).allSatisfy(port ->
                    assertThat(port.path("targetPort").asString()).isEqualTo("http"));
        }
        assertThat(kind(documents(REPO.resolve("deploy/k8s/config.yaml")), "ConfigMap")
                .at("/data/MANAGEMENT_SERVER_ADDRESS").asString()).isEqualTo("0.0.0.0");
    }

    @Test
    void everyServiceHasProbesResourcesAndAnAutoscaler() throws Exception {
        for (String service : SERVICES) {
            List<JsonNode> documents = documents(REPO.resolve("deploy/k8s/" + service + ".yaml"));
            JsonNode deployment = kind(documents, "Deployment");
            JsonNode container = deployment.at("/spec/template/spec/containers/0");

            assertThat(container.at("/livenessProbe/httpGet/path").asString())
                    .as(service).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asString())
                    .as(service).isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asString()).as(service + " " + probe)
                        .isEqualTo("management");
            }
            assertThat(container.at("/resources/requests/cpu").asString()).as(service).isNotBlank();
            assertThat(container.at("/resources/limits/memory").asString()).as(service).isNotBlank();
            assertThat(kind(documents, "HorizontalPodAutoscaler").at("/spec/scaleTargetRef/name").asString())
                    .isEqualTo(service);
            assertThat(kind(documents, "Service").at("/spec/ports/0/port").asInt())
                    .isEqualTo(container.at("/ports/0/containerPort").asInt());
        }
        assertThat(documents(REPO.resolve("deploy/k8s/kustomization.yaml")).getFirst().path("resources"))
                .extracting(JsonNode::asString).contains("retro-ingest-service.yaml", "action-tracker-service.yaml",
                        "metrics-service.yaml");
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> all = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            all.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static int containerPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asString().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + name + " in " + container.path("name"));
    }

    private static JsonNode kind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asString().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }
}

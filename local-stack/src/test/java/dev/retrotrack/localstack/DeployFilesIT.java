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
 * groups, resource requests and limits, and an autoscaler.
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

    private static JsonNode kind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asString().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }
}

package dev.retrotrack.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RepoLayoutTest {

    @Test
    void picksOnlyTheRepackagedServiceJar() {
        assertThat(RepoLayout.isServiceJarName("retro-ingest-service-0.1.0-SNAPSHOT.jar")).isTrue();
        assertThat(RepoLayout.isServiceJarName("metrics-service-1.2.3.jar")).isTrue();
        assertThat(RepoLayout.isServiceJarName("retro-ingest-service-0.1.0-SNAPSHOT-plain.jar")).isFalse();
        assertThat(RepoLayout.isServiceJarName("retro-ingest-service-0.1.0-SNAPSHOT-sources.jar")).isFalse();
        assertThat(RepoLayout.isServiceJarName("retro-ingest-service-0.1.0-SNAPSHOT-tests.jar")).isFalse();
        assertThat(RepoLayout.isServiceJarName("shared-model-0.1.0-SNAPSHOT.jar")).isFalse();
    }

    @Test
    void findsThisRepositoryFromWhereTheCodeWasLoaded() {
        assertThat(RepoLayout.detectRepoDir().resolve("local-stack").resolve("pom.xml")).exists();
    }

    @Test
    void runsKafkaFromTheJarsTheBuildCopied() {
        assertThat(RepoLayout.kafkaClasspath())
                .endsWith(Path.of("target", "lib", "*").toString())
                .doesNotContain("test-classes");
    }
}

package dev.retrotrack.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private static final LocalStackConfig DEFAULTS = LocalStackConfig.defaults(Path.of("/repo"));

    @Test
    void defaultsMatchRunLocal() {
        LocalStackConfig config = CommandLine.parse(new String[0], Map.of(), DEFAULTS).config();

        assertThat(config.dataDir()).isEqualTo(Path.of("/repo/.local-data"));
        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(LocalStackConfig.NEXT_TO_KAFKA);
        assertThat(config.mongoPort()).isEqualTo(27017);
        assertThat(config.port(Service.INGEST)).isEqualTo(8081);
        assertThat(config.port(Service.TRACKER)).isEqualTo(8082);
        assertThat(config.port(Service.METRICS)).isEqualTo(8083);
        assertThat(config.managementPort(Service.INGEST)).isEqualTo(9081);
        assertThat(config.managementPort(Service.TRACKER)).isEqualTo(9082);
        assertThat(config.managementPort(Service.METRICS)).isEqualTo(9083);
        assertThat(config.startsKafka()).isTrue();
        assertThat(config.startsMongo()).isTrue();
        assertThat(config.infraOnly()).isFalse();
        assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void readsTheEnvironmentAndLetsOptionsWin() {
        Map<String, String> env = Map.of(
                "RETROTRACK_DATA_DIR", "/tmp/rt",
                "RETROTRACK_KAFKA_PORT", "19092",
                "RETROTRACK_KAFKA_CONTROLLER_PORT", "19999",
                "RETROTRACK_MONGO_PORT", "27018",
                "RETROTRACK_INGEST_PORT", "7091",
                "RETROTRACK_TRACKER_PORT", "7082",
                "RETROTRACK_METRICS_PORT", "7083",
                "RETROTRACK_TRACKER_MANAGEMENT_PORT", "7182",
                "RETROTRACK_METRICS_MANAGEMENT_PORT", "7183",
                "RETROTRACK_MONGO_URI", "mongodb://elsewhere:27017");

        LocalStackConfig config = CommandLine.parse(new String[] {"--ingest-port", "7081",
                "--metrics-management-port=7193", "--kafka-bootstrap=broker:9092", "--infra-only"}, env, DEFAULTS)
                .config();

        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/rt"));
        assertThat(config.kafkaPort()).isEqualTo(19092);
        assertThat(config.kafkaControllerPort()).isEqualTo(19999);
        assertThat(config.mongoPort()).isEqualTo(27018);
        assertThat(config.port(Service.INGEST)).isEqualTo(7081);
        assertThat(config.port(Service.TRACKER)).isEqualTo(7082);
        assertThat(config.port(Service.METRICS)).isEqualTo(7083);
        assertThat(config.managementPort(Service.INGEST)).isEqualTo(9081);
        assertThat(config.managementPort(Service.TRACKER)).isEqualTo(7182);
        assertThat(config.managementPort(Service.METRICS)).isEqualTo(7193);
        assertThat(config.externalKafkaBootstrap()).isEqualTo("broker:9092");
        assertThat(config.externalMongoUri()).isEqualTo("mongodb://elsewhere:27017");
        assertThat(config.startsKafka()).isFalse();
        assertThat(config.startsMongo()).isFalse();
        assertThat(config.infraOnly()).isTrue();
    }

    @Test
    void usesTheAotCacheUnlessToldNotTo() {
        assertThat(CommandLine.parse(new String[0], Map.of(), DEFAULTS).config().aotCache()).isTrue();
        assertThat(CommandLine.parse(new String[] {"--no-aot-cache"}, Map.of(), DEFAULTS).config().aotCache())
                .isFalse();
    }

    @Test
    void recognisesHelp() {
        assertThat(CommandLine.parse(new String[] {"--help"}, Map.of(), DEFAULTS).helpRequested()).isTrue();
        assertThat(CommandLine.parse(new String[] {"-h"}, Map.of(), DEFAULTS).helpRequested()).isTrue();
        assertThat(CommandLine.usage())
                .contains("--infra-only", "--data-dir", "--kafka-bootstrap", "--mongo-uri")
                .contains("RETROTRACK_DATA_DIR", "RETROTRACK_KAFKA_PORT", "RETROTRACK_KAFKA_CONTROLLER_PORT",
                        "RETROTRACK_MONGO_PORT", "RETROTRACK_INGEST_PORT", "RETROTRACK_TRACKER_PORT",
                        "RETROTRACK_METRICS_PORT", "RETROTRACK_KAFKA_BOOTSTRAP", "RETROTRACK_MONGO_URI",
                        "RETROTRACK_INGEST_MANAGEMENT_PORT", "RETROTRACK_TRACKER_MANAGEMENT_PORT",
                        "RETROTRACK_METRICS_MANAGEMENT_PORT")
                .contains("--ingest-management-port", "--tracker-management-port", "--metrics-management-port");
    }

    @Test
    void rejectsWhatItCannotUse() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--colour"}, Map.of(), DEFAULTS))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--kafka-port"}, Map.of(), DEFAULTS))
                .hasMessageContaining("--kafka-port needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--mongo-port", "99999"}, Map.of(), DEFAULTS))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--infra-only=yes"}, Map.of(), DEFAULTS))
                .hasMessageContaining("takes no value");
        assertThatThrownBy(() -> CommandLine.parse(new String[0], Map.of("RETROTRACK_KAFKA_PORT", "abc"), DEFAULTS))
                .hasMessageContaining("RETROTRACK_KAFKA_PORT");
    }
}

package dev.retrotrack.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns {@code RETROTRACK_*} environment variables and command-line options into a
 * {@link LocalStackConfig}. One table ({@link Option}) drives both and the help text, so they
 * cannot drift apart. Options win over environment variables.
 */
final class CommandLine {

    /** The outcome of parsing: either a config to start, or a request for help. */
    record Parsed(LocalStackConfig config, boolean helpRequested) {
    }

    /** Every setting, with its option name, variable name, value hint and how it changes a config. */
    enum Option {
        DATA_DIR("--data-dir", "RETROTRACK_DATA_DIR", "DIR",
                "data folder: Kafka log dir, MongoDB file, logs (default <repo>/.local-data)",
                (c, v) -> c.withDataDir(Path.of(v))),
        KAFKA_PORT("--kafka-port", "RETROTRACK_KAFKA_PORT", "PORT",
                "Kafka PLAINTEXT port (default 9092)",
                (c, v) -> c.withKafkaPort(port("--kafka-port", v))),
        KAFKA_CONTROLLER_PORT("--kafka-controller-port", "RETROTRACK_KAFKA_CONTROLLER_PORT", "PORT",
                "Kafka KRaft controller port (default Kafka port + 1)",
                (c, v) -> c.withKafkaControllerPort(port("--kafka-controller-port", v))),
        MONGO_PORT("--mongo-port", "RETROTRACK_MONGO_PORT", "PORT",
                "MongoDB wire server port (default 27017)",
                (c, v) -> c.withMongoPort(port("--mongo-port", v))),
        INGEST_PORT("--ingest-port", "RETROTRACK_INGEST_PORT", "PORT",
                "retro-ingest-service HTTP port (default 8081)",
                (c, v) -> c.withPort(Service.INGEST, port("--ingest-port", v))),
        TRACKER_PORT("--tracker-port", "RETROTRACK_TRACKER_PORT", "PORT",
                "action-tracker-service HTTP port (default 8082)",
                (c, v) -> c.withPort(Service.TRACKER, port("--tracker-port", v))),
        METRICS_PORT("--metrics-port", "RETROTRACK_METRICS_PORT", "PORT",
                "metrics-service HTTP port (default 8083)",
                (c, v) -> c.withPort(Service.METRICS, port("--metrics-port", v))),
        INGEST_MANAGEMENT_PORT("--ingest-management-port", "RETROTRACK_INGEST_MANAGEMENT_PORT", "PORT",
                "retro-ingest-service management port: health, metrics (default 9081)",
                (c, v) -> c.withManagementPort(Service.INGEST, port("--ingest-management-port", v))),
        TRACKER_MANAGEMENT_PORT("--tracker-management-port", "RETROTRACK_TRACKER_MANAGEMENT_PORT", "PORT",
                "action-tracker-service management port (default 9082)",
                (c, v) -> c.withManagementPort(Service.TRACKER, port("--tracker-management-port", v))),
        METRICS_MANAGEMENT_PORT("--metrics-management-port", "RETROTRACK_METRICS_MANAGEMENT_PORT", "PORT",
                "metrics-service management port (default 9083)",
                (c, v) -> c.withManagementPort(Service.METRICS, port("--metrics-management-port", v))),
        KAFKA_BOOTSTRAP("--kafka-bootstrap", "RETROTRACK_KAFKA_BOOTSTRAP", "HOST:PORT",
                "use this running Kafka instead of starting one",
                LocalStackConfig::withExternalKafka),
        MONGO_URI("--mongo-uri", "RETROTRACK_MONGO_URI", "URI",
                "use this running MongoDB instead of starting one",
                LocalStackConfig::withExternalMongo),
        STARTUP_TIMEOUT("--startup-timeout", "RETROTRACK_STARTUP_TIMEOUT", "SECONDS",
                "give up starting after this long (default 180)",
                (c, v) -> c.withStartupTimeout(Duration.ofSeconds(positive("--startup-timeout", v)))),
        INFRA_ONLY("--infra-only", null, null,
                "start only Kafka and MongoDB, not the services",
                (c, v) -> c.withInfraOnly(true)),
        NO_AOT_CACHE("--no-aot-cache", null, null,
                "start the services plainly: neither use nor train the JDK's AOT cache (data folder, aot/)",
                (c, v) -> c.withAotCache(false));

        final String flag;
        final String envName;
        final String valueHint;
        final String description;
        final BiFunction<LocalStackConfig, String, LocalStackConfig> apply;

        Option(String flag, String envName, String valueHint, String description,
               BiFunction<LocalStackConfig, String, LocalStackConfig> apply) {
            this.flag = flag;
            this.envName = envName;
            this.valueHint = valueHint;
            this.description = description;
            this.apply = apply;
        }

        boolean takesValue() {
            return valueHint != null;
        }
    }

    private CommandLine() {
    }

    /**
     * Parses {@code --name value} and {@code --name=value} options on top of {@code env} and the defaults.
     *
     * @throws IllegalArgumentException for an unknown option, a missing or unusable value
     */
    static Parsed parse(String[] args, Map<String, String> env, LocalStackConfig defaults) {
        LocalStackConfig config = applyEnvironment(defaults, env);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Parsed(config, true);
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            Option option = find(name);
            if (option.takesValue() && value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value (" + option.valueHint + ")");
                }
                value = args[++i];
            } else if (!option.takesValue() && value != null) {
                throw new IllegalArgumentException(name + " takes no value");
            }
            config = option.apply.apply(config, value);
        }
        return new Parsed(config, false);
    }

    /** Applies every {@code RETROTRACK_*} variable present in {@code env}. */
    static LocalStackConfig applyEnvironment(LocalStackConfig base, Map<String, String> env) {
        LocalStackConfig config = base;
        for (Option option : Option.values()) {
            String value = option.envName == null ? null : env.get(option.envName);
            if (value != null && !value.isBlank()) {
                try {
                    config = option.apply.apply(config, value.strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(option.envName + ": " + e.getMessage(), e);
                }
            }
        }
        return config;
    }

    /** The text of {@code ./run-local --help}. */
    static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: ./run-local [OPTION]...
                Starts Retrotrack on this machine: a MongoDB wire server (H2 file), a single-node Kafka
                broker and the three services (built first if missing or out of date). Ctrl-C stops it all.

                Options (each also settable by the environment variable shown; options win):
                """);
        for (Option option : Option.values()) {
            String left = option.flag + (option.takesValue() ? " " + option.valueHint : "");
            text.append(String.format("  %-32s %s%n", left, option.description));
            if (option.envName != null) {
                text.append(String.format("  %-32s   env %s%n", "", option.envName));
            }
        }
        text.append(String.format("  %-32s %s%n", "-h, --help", "print this help"));
        text.append("""

                A port of 0 means "any free port". With --kafka-bootstrap / --mongo-uri that part is not
                started here. Logs go to <data folder>/logs/. Everything listens on 127.0.0.1 only; the
                services answer /actuator/health, /actuator/prometheus on their management ports, not on
                their HTTP ports.
                """);
        return text.toString();
    }

    private static Option find(String name) {
        for (Option option : Option.values()) {
            if (option.flag.equals(name)) {
                return option;
            }
        }
        throw new IllegalArgumentException("unknown option " + name + " (see --help)");
    }

    private static int port(String name, String value) {
        int port = integer(name, value);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port between 0 and 65535, was " + value);
        }
        return port;
    }

    private static int positive(String name, String value) {
        int number = integer(name, value);
        if (number <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return number;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
        }
    }
}

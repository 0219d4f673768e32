package dev.retrotrack.localstack;

/**
 * The two ports one service listens on, both on 127.0.0.1 in the local stack: its HTTP API, and its management
 * server (the actuator's health, info and prometheus endpoints), which never answers on the API port.
 *
 * @param http       the API's port ({@code server.port})
 * @param management the actuator's port ({@code management.server.port})
 */
public record ServicePorts(int http, int management) {

    /** Both ports picked freely at start. */
    public static final ServicePorts ANY_FREE = new ServicePorts(LocalStackConfig.ANY_FREE_PORT,
            LocalStackConfig.ANY_FREE_PORT);

    /** Checks the range: 0 (any free port) to 65535. */
    public ServicePorts {
        requirePort("http", http);
        requirePort("management", management);
    }

    /** The same, with another API port. */
    public ServicePorts withHttp(int port) {
        return new ServicePorts(port, management);
    }

    /** The same, with another management port. */
    public ServicePorts withManagement(int port) {
        return new ServicePorts(http, port);
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " port must be between 0 and 65535, was " + port);
        }
    }
}

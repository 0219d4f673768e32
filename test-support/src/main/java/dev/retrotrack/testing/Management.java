package dev.retrotrack.testing;

/**
 * The actuator of a service under test, on its management port. That port is bound to 127.0.0.1 only
 * ({@code management.server.address}), so it is called by that address, never by {@code localhost}, which may
 * resolve to {@code ::1}.
 */
public final class Management {

    private Management() {
    }

    /** {@code http://127.0.0.1:<managementPort><path>}, e.g. {@code url(port, "/actuator/health")}. */
    public static String url(int managementPort, String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    /** The service's Prometheus exposition, as Prometheus scrapes it. */
    public static String scrape(int managementPort) {
        return HttpJson.get(url(managementPort, "/actuator/prometheus")).body();
    }
}

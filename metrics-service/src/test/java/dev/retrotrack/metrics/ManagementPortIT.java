package dev.retrotrack.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import dev.retrotrack.testing.HttpJson;
import dev.retrotrack.testing.Management;
import dev.retrotrack.testing.RetrotrackIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The management endpoints are not open to the world: {@code /actuator/*} is unknown on the API port (the API's own
 * problem+json 404), answers on the management port, and that port listens on 127.0.0.1 only, the shared default
 * ({@code retrotrack-defaults.properties}), which this test does not override.
 */
@RetrotrackIntegrationTest
class ManagementPortIT {

    private static final List<String> ENDPOINTS = List.of("/actuator/health", "/actuator/prometheus");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theApiPortDoesNotKnowTheActuatorAndTheManagementPortAnswersIt() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
        for (String path : ENDPOINTS) {
            HttpResponse<String> onApi = HttpJson.get("http://127.0.0.1:" + port + path);
            assertThat(onApi.statusCode()).as(path).isEqualTo(404);
            assertThat(onApi.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(onApi.body()).as(path).contains("https://retrotrack.dev/problems/not-found")
                    .doesNotContain("retrotrack_", "\"status\":\"UP\"");

            assertThat(HttpJson.get(Management.url(managementPort, path)).statusCode()).as(path).isEqualTo(200);
        }
        // Registered at 0 for every topic, so present on any instance.
        assertThat(Management.scrape(managementPort)).contains("retrotrack_dead_letters_total");
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws IOException {
        // Every other address of this machine: where the API port (bound to all addresses) is reachable, the
        // management port must refuse. 127.0.0.2 reaches this host on Linux but is not 127.0.0.1, so there is always
        // at least one address to try even on a machine without a network.
        List<InetAddress> tried = new ArrayList<>();
        for (InetAddress other : otherAddresses()) {
            if (accepts(other, port)) {
                assertThat(accepts(other, managementPort)).as("management port reachable on %s", other).isFalse();
                tried.add(other);
            }
        }
        assertThat(tried).as("addresses other than 127.0.0.1 that reach the API port").isNotEmpty();
        assertThat(accepts(InetAddress.getByName("127.0.0.1"), managementPort)).isTrue();
    }

    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                network.inetAddresses().filter(Inet4Address.class::isInstance).forEach(addresses::add);
            }
        }
        addresses.add(InetAddress.getByName("127.0.0.2"));
        addresses.add(InetAddress.getByName("::1"));
        return addresses;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

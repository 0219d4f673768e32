package dev.retrotrack.localstack;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for a Spring Boot service jar in {@link LocalStackTest}: prints its arguments, listens on its HTTP port
 * and answers {@code /actuator/health} with UP on its management port only, as the services do, and fails at once
 * if a file {@code fail-<port>} exists in its working directory (the data folder), to exercise the launcher's error
 * path.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("fake service args: " + String.join(" ", args));
        int port = Integer.parseInt(option(args, "--server.port"));
        int managementPort = Integer.parseInt(option(args, "--management.server.port"));
        if (Files.exists(Path.of("fail-" + port))) {
            System.out.println("fake service failing on purpose");
            System.exit(3);
        }
        HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0).start();
        HttpServer management = HttpServer.create(new InetSocketAddress("127.0.0.1", managementPort), 0);
        management.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        management.start();
    }

    private static String option(String[] args, String name) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }
}

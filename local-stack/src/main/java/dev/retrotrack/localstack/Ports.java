package dev.retrotrack.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** Loopback port helpers: picking free ports and checking whether something listens. */
final class Ports {

    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    /**
     * Picks {@code count} distinct free ports. All sockets stay open until every port is picked, so
     * the operating system cannot hand out the same port twice.
     */
    static List<Integer> free(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                socket.setReuseAddress(true);
                sockets.add(socket);
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new LocalStackException("Cannot find a free port on " + HOST + ": " + e.getMessage(), e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    /** Fails fast, naming the setting to change, if {@code port} is already taken on 127.0.0.1. */
    static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, port), 1);
        } catch (IOException e) {
            throw new LocalStackException("Port " + port + " for " + what + " is already in use on " + HOST
                    + " (is another ./run-local running?). Pick another port, see --help.");
        }
    }

    /** Whether something accepts TCP connections on {@code host:port} right now. */
    static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing to do: the port is free either way.
        }
    }
}

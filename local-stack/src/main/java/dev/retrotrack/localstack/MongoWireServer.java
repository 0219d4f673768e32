package dev.retrotrack.localstack;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server ({@code mongo-java-server}) inside this JVM, persisting to one H2
 * MVStore file so data survives restarts. The oplog is on because the services may use change
 * streams, which {@code mongo-java-server} builds on it.
 */
final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final Path file;
    private final int port;
    private boolean closed;

    private MongoWireServer(MongoServer server, Path file, int port) {
        this.server = server;
        this.file = file;
        this.port = port;
    }

    /**
     * Opens (or creates) the H2 file and listens on 127.0.0.1:{@code port} (0 for any free port).
     *
     * @throws LocalStackException if the file is locked by another server or the port is taken
     */
    /** H2 page cache of the wire server, in MB; the launcher's heap (run-local) leaves room for it. */
    static final int CACHE_MB = 256;

    static MongoWireServer start(Path file, int port) {
        KeyLookupH2Backend backend;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // A larger page cache than H2's default 16 MB: the wire server answers most queries by scanning
            // a collection, and pages read back from the file are the cost of a scan (benchmarks/tracker-list).
            // Answers a query by _id plus other fields from the _id index (KeyLookupH2Backend).
            backend = new KeyLookupH2Backend(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open());
        } catch (IOException | RuntimeException e) {
            throw new LocalStackException("Cannot open the MongoDB data file " + file
                    + " (is another ./run-local using this data folder?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        try {
            server.bind(Ports.HOST, port);
        } catch (Exception e) { // Netty throws the checked BindException without declaring it.
            // shutdownNow also closes the backend, releasing the file lock.
            server.shutdownNow();
            throw new LocalStackException("Cannot listen for MongoDB on " + Ports.HOST + ":" + port
                    + " (port in use? see --mongo-port): " + e.getMessage(), e);
        }
        return new MongoWireServer(server, file, server.getLocalAddress().getPort());
    }

    int port() {
        return port;
    }

    String uri() {
        return "mongodb://" + Ports.HOST + ":" + port;
    }

    Path file() {
        return file;
    }

    /** Drops client connections and closes the H2 store, which writes everything to the file. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdownNow();
        }
    }
}

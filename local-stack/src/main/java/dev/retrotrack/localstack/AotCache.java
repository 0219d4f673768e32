package dev.retrotrack.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JDK's ahead-of-time cache (JEP 483 and 514, Java 25+) for each service jar: the classes a service loads and
 * links while it starts, stored once, so later starts skip that work. A service starts from its cache in about half
 * the time of a plain fat-jar start ({@code benchmarks/backfill} measures both).
 *
 * <p>A cache belongs to one build of a jar: it lives in {@code <data>/aot/<module>-<size>-<modified>/} next to the
 * jar extracted in Spring Boot's cache-friendly layout ({@code -Djarmode=tools extract}: the JDK caches classes
 * from plain jars on the class path, not from jars nested in a fat jar). A rebuilt jar has another folder; the
 * folders of earlier builds are deleted when the new one is trained.
 *
 * <p>Training is a start of the extracted jar with {@code -XX:AOTCacheOutput} and {@code
 * -Dspring.context.exit=onRefresh}: Spring creates every bean, then exits before any lifecycle starts (no web
 * server, no listener, no scheduled task), and the JVM writes the cache as it exits. The cache is written under a
 * temporary name and renamed when complete, so a start never finds half a cache. When the JVM cannot use a cache
 * (other options, another JDK) it says so in the log and starts without it.
 */
final class AotCache {

    /** The first Java release that writes a cache in one training run ({@code -XX:AOTCacheOutput}, JEP 514). */
    static final int FIRST_JAVA = 25;
    private static final String CACHE_FILE = "app.aot";
    private static final long TRAINING_MINUTES = 5;

    /** How to start one service: which jar, with which extra JVM options. */
    record Launch(Path jar, List<String> jvmOptions, boolean fromCache) {
    }

    private final Path root;

    AotCache(Path dataDir) {
        this.root = dataDir.resolve("aot");
    }

    /** Whether the JVM that runs the services (this one's {@code java}) can write and use a cache. */
    static boolean supported() {
        return Runtime.version().feature() >= FIRST_JAVA;
    }

    /** Starts {@code service} from its cache if one was trained for this build of {@code jar}, else plainly. */
    Launch launch(Service service, Path jar) {
        Path folder = folder(service, jar);
        Path cache = folder.resolve(CACHE_FILE);
        Path extracted = folder.resolve(jar.getFileName());
        if (Files.isRegularFile(cache) && Files.isRegularFile(extracted)) {
            return new Launch(extracted, List.of("-XX:AOTCache=" + cache), true);
        }
        return new Launch(jar, List.of(), false);
    }

    /**
     * Trains the cache for this build of {@code jar}, so the next start uses it; blocks until done. The training JVM
     * gets the service's own command (options and arguments, from {@code command}), with its jar replaced by the
     * extracted one, and is registered with {@code children} so a stop of the launcher stops it too.
     *
     * @return true if the cache was written
     */
    boolean train(Service service, Path jar, CommandBuilder command, Path workDir, Path logFile, Children children)
            throws InterruptedException {
        Path folder = folder(service, jar);
        try {
            deleteEarlierBuilds(service, folder);
            deleteRecursively(folder);
            Files.createDirectories(folder);
            Path extracted = folder.resolve(jar.getFileName());
            List<String> extract = List.of(RepoLayout.javaBinary().toString(), "-Djarmode=tools", "-jar",
                    jar.toString(), "extract", "--destination", folder.toString());
            if (!runToEnd(children.start(service.moduleName() + " extraction", extract, workDir, logFile))
                    || !Files.isRegularFile(extracted)) {
                return false;
            }
            Path partial = folder.resolve(CACHE_FILE + ".partial");
            List<String> training = command.build(new Launch(extracted, List.of("-XX:AOTCacheOutput=" + partial,
                    "-Dspring.context.exit=onRefresh"), false));
            if (!runToEnd(children.start(service.moduleName() + " AOT cache training", training, workDir, logFile))
                    || !Files.isRegularFile(partial)) {
                return false;
            }
            Files.move(partial, folder.resolve(CACHE_FILE), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Builds a service's command line for a given launch. */
    @FunctionalInterface
    interface CommandBuilder {
        List<String> build(Launch launch);
    }

    /** Starts child processes the launcher stops with the rest when it stops. */
    @FunctionalInterface
    interface Children {
        Process start(String what, List<String> command, Path workDir, Path logFile);
    }

    private static boolean runToEnd(Process process) throws InterruptedException {
        if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
            ChildProcesses.stop(List.of(process), java.time.Duration.ofSeconds(5));
            return false;
        }
        return process.exitValue() == 0;
    }

    /**
     * The folder of this build of the jar on this JVM: size and modification time tell builds apart without reading
     * the jar, and a JVM of another version, at another place or with other options cannot use the cache (it would
     * refuse it with a warning and start slowly, while counting as cached), so they are part of the name too.
     */
    private Path folder(Service service, Path jar) {
        String jvm = Runtime.version() + "|" + System.getProperty("java.home") + "|"
                + String.join(" ", ServiceProcess.jvmOptions());
        try {
            return root.resolve("%s-%d-%d-%08x".formatted(service.moduleName(), Files.size(jar),
                    Files.getLastModifiedTime(jar).toMillis(), jvm.hashCode()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    private void deleteEarlierBuilds(Service service, Path current) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> earlier = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(f -> f.getFileName().toString().startsWith(service.moduleName() + "-"))
                    .filter(f -> !f.equals(current)).forEach(earlier::add);
        }
        for (Path folder : earlier) {
            deleteRecursively(folder);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

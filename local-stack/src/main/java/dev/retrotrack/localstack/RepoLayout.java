package dev.retrotrack.localstack;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Knows where things are in a built checkout: the repository root, the service jars, and the
 * jars the Kafka child JVM runs from. All of it derives from where this class was loaded
 * ({@code local-stack/target/classes} in tests, {@code local-stack/target/local-stack-*.jar} from
 * {@code ./run-local}), so it works from any working directory.
 */
final class RepoLayout {

    /** System property naming the repository root; {@code ./run-local} and the failsafe config set it. */
    static final String REPO_DIR_PROPERTY = "retrotrack.repo-dir";
    /** System property naming the folder of runtime jars copied by the build (default {@code target/lib}). */
    static final String LIB_DIR_PROPERTY = "retrotrack.local-stack.lib-dir";

    private RepoLayout() {
    }

    /** The repository root: the system property, else the nearest parent with a {@code local-stack} module, else the working directory. */
    static Path detectRepoDir() {
        String property = System.getProperty(REPO_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = codeLocation(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("local-stack"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * The newest Spring Boot fat jar in {@code <repo>/<module>/target/}, skipping the {@code -plain},
     * sources, javadoc and test jars the build may also leave there.
     */
    static Optional<Path> serviceJar(Path repoDir, Service service) {
        Path target = repoDir.resolve(service.moduleName()).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(p -> isServiceJarName(p.getFileName().toString()))
                    .max(Comparator.comparing(RepoLayout::lastModified));
        } catch (IOException e) {
            throw new LocalStackException("Cannot list " + target + ": " + e.getMessage(), e);
        }
    }

    static boolean isServiceJarName(String name) {
        return name.matches(".*-service-.*\\.jar")
                && !name.endsWith("-plain.jar")
                && !name.contains("sources")
                && !name.contains("javadoc")
                && !name.endsWith("-tests.jar");
    }

    /**
     * The classpath of the Kafka child JVM: this module's own classes (for {@link KafkaNode}) plus
     * every jar of {@code target/lib}, which the build fills with the real Kafka broker jars. If that
     * folder is missing (e.g. run from an IDE without a Maven build) it falls back to this JVM's own
     * classpath, which then has to contain Kafka.
     */
    static String kafkaClasspath() {
        Path lib = libDir();
        if (Files.isDirectory(lib) && containsKafkaJar(lib)) {
            return codeLocation() + File.pathSeparator + lib.resolve("*");
        }
        return System.getProperty("java.class.path");
    }

    /** The {@code java} executable of this JVM, so every child runs on the same JDK as the launcher. */
    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
    }

    private static Path libDir() {
        String property = System.getProperty(LIB_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        // target/classes or target/local-stack-x.jar: either way the sibling target/lib.
        Path location = codeLocation();
        return location.getParent() == null ? location.resolve("lib") : location.getParent().resolve("lib");
    }

    private static boolean containsKafkaJar(Path lib) {
        try (Stream<Path> files = Files.list(lib)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path codeLocation() {
        try {
            return Path.of(RepoLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}

package dev.retrotrack.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache's bookkeeping: which build of a jar a cache belongs to, and that a start never uses half a cache or
 * another build's. The JVM's part (extracting, training, starting from the cache) runs for real in
 * {@code LocalStackEndToEndIT}; here the child processes stand in for it and leave the files a JVM would.
 */
class AotCacheTest {

    @TempDir
    Path dir;

    private final List<List<String>> commands = new ArrayList<>();

    @Test
    void startsPlainlyWhileNoCacheWasTrained() throws IOException {
        Path jar = jar(Instant.parse("2026-11-30T10:00:00Z"));

        AotCache.Launch launch = new AotCache(dir).launch(Service.TRACKER, jar);

        assertThat(launch).isEqualTo(new AotCache.Launch(jar, List.of(), false));
    }

    @Test
    void startsTheExtractedJarFromItsCacheOnceTrained() throws Exception {
        Path jar = jar(Instant.parse("2026-11-30T10:00:00Z"));
        AotCache cache = new AotCache(dir);

        assertThat(cache.train(Service.TRACKER, jar, this::command, dir, dir.resolve("training.log"),
                this::jvmLeavingItsFiles)).isTrue();
        AotCache.Launch launch = cache.launch(Service.TRACKER, jar);

        assertThat(launch.fromCache()).isTrue();
        assertThat(launch.jar()).isRegularFile().hasFileName(jar.getFileName().toString());
        assertThat(launch.jar().getParent()).isEqualTo(Path.of(launch.jvmOptions().getFirst()
                .substring("-XX:AOTCache=".length())).getParent());
        // The training started the extracted jar, with the cache to write and Spring's exit after refresh.
        assertThat(commands.getLast()).contains(launch.jar().toString(), "-Dspring.context.exit=onRefresh")
                .anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
    }

    @Test
    void aRebuiltJarStartsPlainlyAndItsTrainingDeletesTheEarlierBuildsCache() throws Exception {
        Path jar = jar(Instant.parse("2026-11-30T10:00:00Z"));
        AotCache cache = new AotCache(dir);
        cache.train(Service.TRACKER, jar, this::command, dir, dir.resolve("training.log"), this::jvmLeavingItsFiles);
        Path earlierFolder = cache.launch(Service.TRACKER, jar).jar().getParent();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-30T11:00:00Z")));

        assertThat(cache.launch(Service.TRACKER, jar).fromCache()).isFalse();
        cache.train(Service.TRACKER, jar, this::command, dir, dir.resolve("training.log"), this::jvmLeavingItsFiles);
        assertThat(earlierFolder).doesNotExist();
        assertThat(cache.launch(Service.TRACKER, jar).fromCache()).isTrue();
    }

    @Test
    void aTrainingThatFailsLeavesNoCacheToStartFrom() throws Exception {
        Path jar = jar(Instant.parse("2026-11-30T10:00:00Z"));
        AotCache cache = new AotCache(dir);

        boolean written = cache.train(Service.TRACKER, jar, this::command, dir, dir.resolve("training.log"),
                (what, command, workDir, log) -> {
                    // Extraction works; the training JVM fails after writing part of the cache.
                    jvmLeavingItsFiles(what, command, workDir, log);
                    return command.contains("-Dspring.context.exit=onRefresh") ? exitingWith(1) : exitingWith(0);
                });

        assertThat(written).isFalse();
        assertThat(cache.launch(Service.TRACKER, jar).fromCache()).isFalse();
    }

    private Path jar(Instant built) throws IOException {
        Path jar = dir.resolve("action-tracker-service-0.1.0-SNAPSHOT.jar");
        Files.writeString(jar, "a fat jar");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        return jar;
    }

    private List<String> command(AotCache.Launch launch) {
        List<String> command = new ArrayList<>(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        return command;
    }

    /** What the JDK leaves: the extracted jar after {@code extract}, the cache file after a training run. */
    private Process jvmLeavingItsFiles(String what, List<String> command, Path workDir, Path log) {
        commands.add(command);
        try {
            if (command.contains("extract")) {
                Path destination = Path.of(command.get(command.indexOf("--destination") + 1));
                Path jar = Path.of(command.get(command.indexOf("-jar") + 1));
                Files.writeString(destination.resolve(jar.getFileName()), "the application jar");
            } else {
                String output = command.stream().filter(o -> o.startsWith("-XX:AOTCacheOutput=")).findFirst()
                        .orElseThrow().substring("-XX:AOTCacheOutput=".length());
                Files.writeString(Path.of(output), "cache");
            }
            return exitingWith(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A child process that has already ended with {@code code}. */
    private static Process exitingWith(int code) {
        return new Process() {
            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public InputStream getInputStream() {
                return InputStream.nullInputStream();
            }

            @Override
            public InputStream getErrorStream() {
                return InputStream.nullInputStream();
            }

            @Override
            public int waitFor() {
                return code;
            }

            @Override
            public int exitValue() {
                return code;
            }

            @Override
            public void destroy() {
            }
        };
    }
}

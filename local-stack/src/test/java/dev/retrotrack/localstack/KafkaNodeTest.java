package dev.retrotrack.localstack;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaNodeTest {

    @Test
    void childEndsWhenItsParentIsKilled() throws Exception {
        // A stand-in parent we can kill -9, like a launcher that dies without running its hooks.
        Process parent = new ProcessBuilder(RepoLayout.javaBinary().toString(), "-cp", classpath(),
                BlocksForever.class.getName()).start();
        Process child = new ProcessBuilder(RepoLayout.javaBinary().toString(), "-cp", classpath(),
                KafkaNode.class.getName(), Long.toString(parent.pid()), BlocksForever.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(child::isAlive);

            parent.destroyForcibly();

            await().atMost(Duration.ofSeconds(20)).until(() -> !child.isAlive());
        } finally {
            ChildProcesses.stop(List.of(child, parent), Duration.ofSeconds(5));
        }
    }

    @Test
    void childEndsAtOnceWhenItsParentIsAlreadyGone() throws Exception {
        Process gone = new ProcessBuilder(RepoLayout.javaBinary().toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Process child = new ProcessBuilder(RepoLayout.javaBinary().toString(), "-cp", classpath(),
                KafkaNode.class.getName(), Long.toString(gone.pid()), BlocksForever.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !child.isAlive());
        } finally {
            ChildProcesses.stop(List.of(child), Duration.ofSeconds(5));
        }
    }

    private static String classpath() throws URISyntaxException {
        return location(KafkaNode.class) + File.pathSeparator + location(BlocksForever.class);
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A main that never returns, standing in for both the launcher and kafka.Kafka. */
    public static final class BlocksForever {
        private BlocksForever() {
        }

        public static void main(String[] args) throws InterruptedException {
            new CountDownLatch(1).await();
        }
    }
}

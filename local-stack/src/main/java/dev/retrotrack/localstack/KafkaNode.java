package dev.retrotrack.localstack;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of the Kafka child JVM: {@code KafkaNode <parentPid> <mainClass> [args...]}.
 *
 * <p>It makes the child die with its parent, then hands over to the real Kafka entry point
 * ({@code kafka.Kafka} for the broker, {@code kafka.tools.StorageTool} for formatting). A child
 * JVM does not notice its parent's death by itself, so without this a {@code kill -9} of the
 * launcher would leave a broker holding the ports and the log dir lock. The main class is loaded
 * reflectively because the broker jars are only on the child's classpath, not compiled against.
 */
public final class KafkaNode {

    /** How long the normal JVM exit (Kafka's own shutdown hook) may take before the process halts. */
    private static final long HALT_AFTER_MILLIS = 15_000;

    private KafkaNode() {
    }

    /**
     * @param args the parent's pid, the main class to run, then that class's arguments
     * @throws Exception whatever the delegate main throws
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: KafkaNode <parentPid> <mainClass> [args...]");
            System.exit(2);
        }
        watchParent(Long.parseLong(args[0]));
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Exits this JVM when the parent process ends; exits at once if it is already gone. */
    static void watchParent(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(KafkaNode::exitBecauseParentDied),
                KafkaNode::exitBecauseParentDied);
    }

    private static void exitBecauseParentDied() {
        System.err.println("KafkaNode: parent process ended, shutting down");
        // A normal exit runs Kafka's shutdown hook (clean log close); halt in case that hangs.
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_MILLIS);
            } catch (InterruptedException ignored) {
                // Halt right away then.
            }
            Runtime.getRuntime().halt(1);
        }, "kafka-node-halter");
        halter.setDaemon(true);
        halter.start();
        new Thread(() -> System.exit(0), "kafka-node-exit").start();
    }
}

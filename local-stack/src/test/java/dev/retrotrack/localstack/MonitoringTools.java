package dev.retrotrack.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * prometheus, promtool and amtool, as the machine has them. When one is missing, {@code bin/ensure-deploy-tools}
 * installs them first (Debian's packages), so the monitoring tests run on a fresh machine as in CI.
 */
final class MonitoringTools {

    /** What a tool printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private static boolean ensured;

    private MonitoringTools() {
    }

    /** The tool's path, installing the tools once if it is not on the PATH. */
    static synchronized Path require(String tool) throws IOException, InterruptedException {
        Path found = onPath(tool);
        if (found == null && !ensured) {
            ensured = true;
            Result install = run(List.of(RepoLayout.detectRepoDir().resolve("bin/ensure-deploy-tools").toString()));
            if (install.exitCode() != 0) {
                throw new AssertionError("bin/ensure-deploy-tools could not install " + tool + ":\n"
                        + install.output());
            }
            found = onPath(tool);
        }
        if (found == null) {
            throw new AssertionError(tool + " is not installed; run bin/ensure-deploy-tools");
        }
        return found;
    }

    /** Runs a tool to completion (at most three minutes: an install may download), with its output. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("retrotrack-tool", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Runs one of the tools with these arguments. */
    static Result tool(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(require(tool).toString());
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static Path onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

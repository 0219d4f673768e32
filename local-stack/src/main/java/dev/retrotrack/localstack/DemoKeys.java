package dev.retrotrack.localstack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The API keys of the local stack, printed at start and used by the README's curl examples: one for every team
 * (and the dead-letter API), one for team {@code phoenix} only, to show a key stopping at its team. Fixed and
 * public, which is acceptable only because the local stack listens on loopback; real deployments configure their
 * own keys' hashes (README "API keys").
 */
final class DemoKeys {

    static final String EVERY_TEAM = "rt-local-demo-every-team";
    static final String PHOENIX = "rt-local-demo-phoenix";

    private DemoKeys() {
    }

    /** The service arguments that configure both keys (as hashes, like any deployment). */
    static List<String> serviceArguments() {
        List<String> arguments = new ArrayList<>();
        key(arguments, 0, "local-demo", "*", true, EVERY_TEAM);
        key(arguments, 1, "local-phoenix", "phoenix", false, PHOENIX);
        return arguments;
    }

    static String summary() {
        return "  %-24s %s%n  %-24s %s%n".formatted("API key, every team", EVERY_TEAM,
                "API key, phoenix only", PHOENIX);
    }

    private static void key(List<String> arguments, int index, String name, String teams, boolean operator,
                            String key) {
        String prefix = "--retrotrack.security.api-keys[" + index + "].";
        arguments.add(prefix + "name=" + name);
        arguments.add(prefix + "teams=" + teams);
        arguments.add(prefix + "operator=" + operator);
        arguments.add(prefix + "sha256=" + sha256(key));
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}

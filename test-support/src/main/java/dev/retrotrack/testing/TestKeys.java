package dev.retrotrack.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * API keys of Spring tests, configured by {@link TestInfrastructureInitializer}: {@link #EVERY_TEAM} (every team and
 * the operators' APIs; {@link HttpJson}'s default) and {@link #ALPHA} and {@link #BETA}, which reach one team each,
 * for the tests of who may see what.
 */
public final class TestKeys {

    public static final String EVERY_TEAM = "rt-test-key-every-team";
    public static final String ALPHA = "rt-test-key-of-keyed-alpha";
    public static final String ALPHA_TEAM = "keyed-alpha";
    public static final String BETA = "rt-test-key-of-keyed-beta";
    public static final String BETA_TEAM = "keyed-beta";

    private TestKeys() {
    }

    /** The properties that make a service accept the keys above. */
    public static List<String> properties() {
        List<String> properties = new ArrayList<>();
        key(properties, 0, "test-every-team", "*", true, EVERY_TEAM);
        key(properties, 1, "alpha-ci", ALPHA_TEAM, false, ALPHA);
        key(properties, 2, "beta-ci", BETA_TEAM, false, BETA);
        return properties;
    }

    private static void key(List<String> properties, int index, String name, String teams, boolean operator,
                            String key) {
        String prefix = "retrotrack.security.api-keys[" + index + "].";
        properties.add(prefix + "name=" + name);
        properties.add(prefix + "teams=" + teams);
        properties.add(prefix + "operator=" + operator);
        properties.add(prefix + "sha256=" + sha256(key));
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

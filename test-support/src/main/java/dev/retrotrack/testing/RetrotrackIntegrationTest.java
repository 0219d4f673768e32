package dev.retrotrack.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A full service on a random port, against the real Kafka broker and MongoDB of {@link TestInfrastructure}.
 * Tests isolate themselves by team name rather than by emptying shared stores.
 *
 * <p>The actuator stays on a management port of its own, as deployed, only a random one
 * ({@code @LocalManagementPort}, bound to 127.0.0.1: see {@link Management}); collapsing it onto the API port would
 * leave the tests blind to where the endpoints really are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
@TestPropertySource(properties = "management.server.port=0")
public @interface RetrotrackIntegrationTest {

    /** Extra properties, as in {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}

package dev.retrotrack.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas published for other teams describe exactly what the records put on the wire: the same fields
 * at every level, the same enum values, the same types; and real events validate against them.
 */
class SchemaContractTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenEventValidatesAgainstItsSchema(EventType type) throws IOException {
        List<Error> errors = schema(type).validate(GoldenJsonTest.goldenTree(type.wireName() + ".v1.json"));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsAnEventWithoutItsTeam(EventType type) throws IOException {
        ObjectNode event = (ObjectNode) GoldenJsonTest.goldenTree(type.wireName() + ".v1.json");
        event.remove("team");

        assertThat(schema(type).validate(event)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesEveryRecordComponentAndNothingElse(EventType type) throws IOException {
        JsonNode root = schemaTree(type);
        List<String> mismatches = new ArrayList<>();

        compare(EventEnvelope.class, root, root, "envelope", mismatches, new HashSet<>());
        compare(type.payloadType(), root, root.at("/properties/payload"), "payload", mismatches, new HashSet<>());

        assertThat(mismatches).isEmpty();
    }

    private static void compare(Class<?> record, JsonNode root, JsonNode node, String path, List<String> mismatches,
                                Set<Class<?>> visited) {
        JsonNode schema = resolve(root, node);
        if (!visited.add(record)) {
            return;
        }
        Set<String> components = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
        }
        Set<String> properties = new HashSet<>(schema.path("properties").propertyNames());
        if (!components.equals(properties)) {
            mismatches.add(path + ": record has " + components + " but schema has " + properties);
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = resolve(root, schema.path("properties").path(component.getName()));
            compareType(component.getType(), component.getGenericType(), root, property, at, mismatches, visited);
        }
    }

    private static void compareType(Class<?> type, Type generic, JsonNode root, JsonNode property, String at,
                                     List<String> mismatches, Set<Class<?>> visited) {
        if (type == EventPayload.class) {
            return; // compared separately, per event type
        }
        if (type.isRecord()) {
            compare(type, root, property, at, mismatches, visited);
        } else if (type.isEnum()) {
            Set<String> constants = new HashSet<>();
            Arrays.stream(type.getEnumConstants()).forEach(c -> constants.add(c.toString()));
            Set<String> listed = new HashSet<>();
            property.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    listed.add(value.asString());
                }
            });
            if (!constants.equals(listed)) {
                mismatches.add(at + ": enum " + constants + " but schema lists " + listed);
            }
        } else if (List.class.isAssignableFrom(type)) {
            expectType(property, "array", at, mismatches);
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element instanceof Class<?> elementClass) {
                compareType(elementClass, elementClass, root, resolve(root, property.path("items")), at + "[]",
                        mismatches, visited);
            }
        } else if (type == String.class || type == UUID.class || type == Instant.class || type == LocalDate.class) {
            expectType(property, "string", at, mismatches);
        } else if (type == Integer.class || type == int.class || type == long.class || type == Long.class) {
            expectType(property, "integer", at, mismatches);
        } else if (type == boolean.class || type == Boolean.class) {
            expectType(property, "boolean", at, mismatches);
        } else {
            mismatches.add(at + ": no schema comparison for " + type.getName());
        }
    }

    private static void expectType(JsonNode property, String expected, String at, List<String> mismatches) {
        JsonNode type = property.path("type");
        boolean matches = type.isString() ? type.asString().equals(expected)
                : type.valueStream().anyMatch(t -> t.asString().equals(expected));
        boolean constMatches = property.has("const") && (expected.equals("string") ? property.get("const").isString()
                : property.get("const").isIntegralNumber());
        if (!matches && !constMatches) {
            mismatches.add(at + ": expected JSON type " + expected + " but schema says " + property);
        }
    }

    /** Follows {@code $ref} and unwraps {@code oneOf [X, null]}. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        if (node.has("$ref")) {
            return resolve(root, root.at(node.get("$ref").asString().substring(1)));
        }
        if (node.has("oneOf")) {
            return Stream.of(node.get("oneOf").get(0), node.get("oneOf").get(1))
                    .filter(option -> !"null".equals(option.path("type").asString(null)))
                    .map(option -> resolve(root, option))
                    .findFirst().orElseThrow();
        }
        return node;
    }

    private static Schema schema(EventType type) throws IOException {
        return REGISTRY.getSchema(schemaTree(type).toString(), com.networknt.schema.InputFormat.JSON);
    }

    private static JsonNode schemaTree(EventType type) throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(
                "/schemas/" + type.wireName() + ".v1.schema.json")) {
            assertThat(in).as("schema of " + type.wireName()).isNotNull();
            return EventCodec.mapper().readTree(in);
        }
    }
}

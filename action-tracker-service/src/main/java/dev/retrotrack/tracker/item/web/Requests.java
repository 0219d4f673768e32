package dev.retrotrack.tracker.item.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.retrotrack.events.ItemStatus;
import dev.retrotrack.events.Priority;
import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import dev.retrotrack.tracker.item.TrackedItem;
import org.springframework.http.HttpStatus;

/**
 * Reads change requests field by field: a field the API does not know is refused by name (never bound blindly),
 * and a value of the wrong kind is refused with what would have been accepted.
 */
final class Requests {

    /** Who made a change when the request does not say; replaced by the caller's identity once keys exist. */
    static final String DEFAULT_ACTOR = "api";

    private static final Set<String> TRANSITION_FIELDS = Set.of("to", "reason", "actor");
    private static final Set<String> PATCH_FIELDS = Set.of("owner", "dueDate", "priority", "actor");

    private Requests() {
    }

    record Transition(ItemStatus to, String reason, String actor) {
    }

    record Patch(TrackedItem.Edit edit, String actor) {
    }

    static Transition transition(Map<String, Object> body) {
        onlyKnown(body, TRANSITION_FIELDS);
        Object to = body.get("to");
        if (to == null) {
            throw invalid("'to' is required: the state to move the item to, one of " + names(ItemStatus.values()));
        }
        return new Transition(oneOf(ItemStatus.class, "to", to), text(body, "reason"), actor(body));
    }

    static Patch patch(Map<String, Object> body) {
        onlyKnown(body, PATCH_FIELDS);
        if (body.keySet().stream().noneMatch(key -> !key.equals("actor"))) {
            throw invalid("nothing to change: send one or more of owner, dueDate, priority");
        }
        for (String field : PATCH_FIELDS) {
            if (body.containsKey(field) && body.get(field) == null) {
                throw invalid("'" + field + "' cannot be removed; send a new value instead");
            }
        }
        String owner = text(body, "owner");
        if (owner != null && owner.isBlank()) {
            throw invalid("'owner' must not be blank");
        }
        LocalDate dueDate = body.containsKey("dueDate") ? date(body.get("dueDate")) : null;
        Priority priority = body.containsKey("priority") ? oneOf(Priority.class, "priority", body.get("priority"))
                : null;
        return new Patch(new TrackedItem.Edit(owner, dueDate, priority), actor(body));
    }

    /** {@code "5"} or {@code 5} → 5; {@code *} or absent → no check; anything else matches no version (412). */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        // If-Match compares strongly (RFC 9110): a weak tag never matches.
        String value = header.strip().replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.of("stale-version"),
                    "Version does not match", "If-Match '" + header + "' is not a version of this item; send the"
                    + " ETag of your last read, e.g. If-Match: \"3\".");
        }
    }

    private static void onlyKnown(Map<String, Object> body, Set<String> known) {
        if (body == null) {
            throw invalid("the body must be a JSON object");
        }
        Set<String> unknown = new TreeSet<>(body.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw invalid("unknown field(s) " + unknown + "; this request accepts only " + new TreeSet<>(known));
        }
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String field, Object value) {
        if (value instanceof String text) {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // fall through to the problem below
            }
        }
        throw invalid("'" + field + "' must be one of " + names(type.getEnumConstants()) + ", not " + value);
    }

    private static LocalDate date(Object value) {
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException notIso) {
                // fall through to the problem below
            }
        }
        throw invalid("'dueDate' must be a date as YYYY-MM-DD, not " + value);
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw invalid("'" + field + "' must be a string");
        }
        return text.strip();
    }

    private static String actor(Map<String, Object> body) {
        String actor = text(body, "actor");
        return actor == null || actor.isBlank() ? DEFAULT_ACTOR : actor;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList().toString();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                detail + ".");
    }
}

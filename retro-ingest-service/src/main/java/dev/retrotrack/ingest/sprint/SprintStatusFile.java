package dev.retrotrack.ingest.sprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads BMAD's {@code sprint-status.yaml}: its {@code development_status} map holds epics ({@code epic-1},
 * {@code epic-3-5} for a decimal epic 3.5), stories ({@code 1-2-account-management}, {@code 3-2a-hotfix},
 * {@code 3-5-1-…} under epic 3.5) and retrospectives ({@code epic-1-retrospective}). Read safely: the YAML is bound
 * to plain maps and strings only (a file with a tag is refused), nesting and size are bounded, and a file that is not
 * YAML or has no {@code development_status} map is refused with the line. Unknown status words are kept, with a warning.
 */
public final class SprintStatusFile {

    /** Larger than any real sprint-status file by far. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                            .maxStringLength(4_096).build())
                    .build())
            .build();
    private static final Pattern EPIC = Pattern.compile("^epic-(\\d{1,4}(?:-\\d{1,4})?)$");
    private static final Pattern RETRO = Pattern.compile("^epic-(\\d{1,4}(?:-\\d{1,4})?)-retrospective$");
    private static final Pattern STORY = Pattern.compile("^(\\d{1,4})-(\\d{1,4})(?:-(\\d{1,4}))?([a-z]?)(?:-(.+))?$");
    private static final Set<String> EPIC_WORDS = Set.of("backlog", "contexted", "in-progress", "done");
    private static final Set<String> RETRO_WORDS = Set.of("optional", "pending", "completed", "done");

    private SprintStatusFile() {
    }

    /** A story as the file lists it. {@code status} is empty for a word Retrotrack does not know. */
    public record Story(String key, String epic, String number, String status, java.util.Optional<StoryStatus> known) {
    }

    /** What the file says, in file order, and what could not be taken as it was. */
    public record Contents(Map<String, String> epics, Map<String, Story> stories, Map<String, String> retrospectives,
                           List<String> warnings) {
    }

    public static Contents read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new SprintStatusException(null, "the file is empty");
        }
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new SprintStatusException(null, "the file is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        JsonNode root;
        try {
            refuseTags(yaml);
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            throw new SprintStatusException(line, "not valid YAML: " + e.getOriginalMessage());
        }
        JsonNode status = root == null ? null : root.get("development_status");
        if (status == null || !status.isObject()) {
            throw new SprintStatusException(null, "no 'development_status' map: this is not a BMAD sprint-status file");
        }
        Map<String, String> epics = new LinkedHashMap<>();
        Map<String, String> retros = new LinkedHashMap<>();
        Map<String, Story> stories = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        // Epic keys first: a decimal epic (epic-3-5) decides how its stories' keys (3-5-1-…) are read.
        status.properties().forEach(entry -> {
            Matcher epic = EPIC.matcher(entry.getKey());
            if (epic.matches()) {
                String word = word(entry.getValue(), entry.getKey(), warnings);
                epics.put(epicId(epic.group(1)), word);
                if (word != null && !EPIC_WORDS.contains(word)) {
                    warnings.add("epic '" + entry.getKey() + "' has the unknown status '" + word + "' (kept)");
                }
            }
        });
        status.properties().forEach(entry -> {
            String key = entry.getKey();
            if (EPIC.matcher(key).matches()) {
                return;
            }
            Matcher retro = RETRO.matcher(key);
            if (retro.matches()) {
                String word = word(entry.getValue(), key, warnings);
                retros.put(epicId(retro.group(1)), word);
                if (word != null && !RETRO_WORDS.contains(word)) {
                    warnings.add("retrospective '" + key + "' has the unknown status '" + word + "' (kept)");
                }
                return;
            }
            Matcher story = STORY.matcher(key);
            if (!story.matches()) {
                warnings.add("key '" + key + "' is neither an epic, a story nor a retrospective (skipped)");
                return;
            }
            String word = word(entry.getValue(), key, warnings);
            Story read = story(key, story, epics.keySet(), word);
            if (read.known().isEmpty() && word != null) {
                warnings.add("story '" + key + "' has the unknown status '" + word + "' (kept)");
            }
            stories.put(key, read);
        });
        return new Contents(epics, stories, retros, warnings);
    }

    /**
     * A sprint-status file has no use for YAML tags ({@code !!java.net.URL}, {@code !custom}): one is a sign of a
     * file made to attack a YAML reader, so the file is refused, naming the line, rather than read around it.
     */
    private static void refuseTags(String yaml) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            while (parser.nextToken() != null) {
                Object tag = parser.getTypeId();
                if (tag != null) {
                    throw new SprintStatusException(parser.currentLocation().getLineNr(),
                            "YAML tags are not accepted ('" + tag + "'): a sprint-status file holds plain words");
                }
            }
        }
    }

    /**
     * One story reported on its own (a tracker's webhook): a BMAD key ({@code 1-2-account-management}) says its
     * epic; any other key ({@code PAY-12}) is taken as it is, without an epic.
     */
    public static Contents single(String key, String status) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new SprintStatusException(null, "a story key is 1 to 200 characters");
        }
        String word = status == null ? null : status.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher story = STORY.matcher(key);
        Story read = story.matches() ? story(key, story, Set.of(), word)
                : new Story(key, null, key, word, StoryStatus.of(word));
        List<String> warnings = read.known().isEmpty()
                ? List.of("story '" + key + "' has the unknown status '" + word + "' (kept)") : List.of();
        return new Contents(Map.of(), Map.of(key, read), Map.of(), warnings);
    }

    /** "3-5-1-slug" is story 1 of epic 3.5 when the file has epic-3-5; otherwise story 5 of epic 3. */
    private static Story story(String key, Matcher story, Set<String> decimalEpics, String word) {
        String major = story.group(1);
        String second = story.group(2);
        String third = story.group(3);
        String suffix = story.group(4);
        String epic;
        String number;
        if (third != null && decimalEpics.contains(major + "." + second)) {
            epic = major + "." + second;
            number = epic + "." + third + suffix;
        } else {
            epic = major;
            number = major + "." + second + suffix;
            if (third != null) {
                // "3-5-1" without an epic-3-5: the third number belongs to the slug.
                number = major + "." + second;
            }
        }
        return new Story(key, epic, number, word, StoryStatus.of(word));
    }

    private static String epicId(String digits) {
        return digits.replace('-', '.');
    }

    private static String word(JsonNode value, String key, List<String> warnings) {
        if (value == null || value.isNull()) {
            warnings.add("'" + key + "' has no status");
            return null;
        }
        if (!value.isValueNode()) {
            warnings.add("'" + key + "' has a structure where a status word belongs (ignored)");
            return null;
        }
        return value.asString().strip().toLowerCase(java.util.Locale.ROOT);
    }
}

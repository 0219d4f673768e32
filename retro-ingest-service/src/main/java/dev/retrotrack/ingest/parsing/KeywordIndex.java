package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a fixed set of ASCII keywords occur anywhere in a text, found in one pass over the text instead of one
 * {@code contains} per keyword. Each keyword is filed under its first two characters, so at each position of the text
 * only the few keywords starting there are compared. Linear in the text (times the longest bucket, a constant).
 */
final class KeywordIndex {

    private static final int ASCII = 128;

    /** Bucket per first two characters: {@code [c0 * 128 + c1]}, null when no keyword starts so. */
    private final String[][] keywordsByStart = new String[ASCII * ASCII][];
    private final int[][] groupsByStart = new int[ASCII * ASCII][];

    /**
     * @param keywordsByGroup group number (0..31) to its keywords; every keyword is ASCII and at least two characters
     */
    KeywordIndex(List<List<String>> keywordsByGroup) {
        List<List<String>> words = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < ASCII * ASCII; i++) {
            words.add(null);
            groups.add(null);
        }
        for (int group = 0; group < keywordsByGroup.size(); group++) {
            for (String keyword : keywordsByGroup.get(group)) {
                if (keyword.length() < 2 || !keyword.chars().allMatch(c -> c < ASCII) || group >= Integer.SIZE) {
                    throw new IllegalArgumentException("not indexable: " + keyword);
                }
                int start = keyword.charAt(0) * ASCII + keyword.charAt(1);
                if (words.get(start) == null) {
                    words.set(start, new ArrayList<>());
                    groups.set(start, new ArrayList<>());
                }
                words.get(start).add(keyword);
                groups.get(start).add(group);
            }
        }
        for (int i = 0; i < ASCII * ASCII; i++) {
            if (words.get(i) != null) {
                keywordsByStart[i] = words.get(i).toArray(String[]::new);
                groupsByStart[i] = groups.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** Bit {@code g} set when some keyword of group {@code g} occurs in the text. */
    int groupsIn(String text) {
        char[] chars = text.toCharArray(); // a plain array walks faster than charAt on a compact string
        int found = 0;
        for (int i = 0; i + 1 < chars.length; i++) {
            char c0 = chars[i];
            char c1 = chars[i + 1];
            if (c0 >= ASCII || c1 >= ASCII) {
                continue; // no keyword has a non-ASCII character
            }
            String[] keywords = keywordsByStart[c0 * ASCII + c1];
            if (keywords == null) {
                continue;
            }
            for (int k = 0; k < keywords.length; k++) {
                if (text.startsWith(keywords[k], i)) {
                    found |= 1 << groupsByStart[c0 * ASCII + c1][k];
                }
            }
        }
        return found;
    }
}

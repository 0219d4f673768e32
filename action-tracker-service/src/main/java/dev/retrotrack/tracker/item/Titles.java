package dev.retrotrack.tracker.item;

import java.text.Normalizer;
import java.util.Locale;

/** Title normalization, so rewording in case, punctuation, emoji or spacing does not make a new item. */
public final class Titles {

    private Titles() {
    }

    public static String normalize(String title) {
        if (title == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}

package dev.retrotrack.ingest.parsing.text;

import java.util.List;
import java.util.Objects;

/**
 * Repairs mojibake in an uploaded document: text whose UTF-8 bytes were once decoded as Windows-1252 (or Latin-1) or
 * as Mac Roman and then saved again as UTF-8, so that {@code 📊} reads {@code ðŸ“Š} and {@code ✅} reads
 * {@code ‚úÖ}.
 *
 * <p>How: maximal runs of characters the suspected code page maps to a byte 0x80..0xFF are turned back into those
 * bytes and read as strict UTF-8. Complete, well-formed sequences become the character they encode; sequences whose
 * other bytes were lost (Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D, so decoders dropped them
 * or wrote U+FFFD; a C1 control in their place is read back exactly) are dropped with a {@link Note}; everything else
 * (a lone {@code é}, an {@code €}) stays. Which code page, if any, is decided once per document from how well each
 * explains its non-ASCII characters, so clean text is returned unchanged and a Mac Roman document is not "repaired" as
 * Windows-1252. The price: damage that clean text could also show is only repaired in a document that has clearer
 * damage too; a document whose only damage is one Cyrillic letter ({@code Ð¶}) or one {@code é”…} stays as it is.
 *
 * <p>Text damaged more than once is repaired pass by pass. {@link #repair} is idempotent: it returns a text that a
 * further pass would not change or, should the text still change after four passes, the input unchanged with a note.
 * It never throws and runs in time linear in the length of the text.
 */
public final class MojibakeRepair {

    /** Enough for text damaged four times over; each pass is a few linear scans. */
    static final int MAX_PASSES = 4;

    /** Which wrong decode damaged a document. */
    public enum Damage {
        /** No mojibake found; the text is returned as it was. */
        NONE,
        /** UTF-8 read as Windows-1252, or as ISO-8859-1, which differs only in bytes 0x80..0x9F. */
        WINDOWS_1252,
        /** UTF-8 read as Mac OS Roman. */
        MAC_ROMAN
    }

    /**
     * Something the repair did on one line.
     *
     * @param line    1-based line of the input text ({@code \n}, {@code \r\n} and a lone {@code \r} end a line)
     * @param message what was done, e.g. "repaired 12 characters damaged as Windows-1252"
     */
    public record Note(int line, String message) {

        public Note {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The outcome of {@link #repair}.
     *
     * @param text   the repaired text, or the input itself when there was nothing to repair
     * @param damage the damage found; {@link Damage#NONE} means {@code text} is the input unchanged
     * @param notes  what was done, ordered by line
     */
    public record Repaired(String text, Damage damage, List<Note> notes) {

        public Repaired {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(damage, "damage");
            notes = List.copyOf(notes);
        }
    }

    private MojibakeRepair() {
    }

    /**
     * Repairs {@code text}; see the class description. Never throws; {@code null} is treated as the empty text.
     *
     * @return the repaired text, the damage found and one note per line and kind of change
     */
    public static Repaired repair(String text) {
        String input = text == null ? "" : text;
        NoteLog log = new NoteLog();
        Damage damage = Damage.NONE;
        String current = input;
        for (int pass = 0; pass <= MAX_PASSES; pass++) {
            CodePage page = Evidence.mostLikelyDamage(current);
            NoteLog passLog = new NoteLog();
            String next = page == null ? current : Rewriter.rewrite(current, page, passLog);
            if (next.equals(current)) {
                // Settled: a further call would make this same pass and change nothing, hence idempotence.
                return new Repaired(current, damage, log.notes());
            }
            if (pass == MAX_PASSES) {
                break;
            }
            if (damage == Damage.NONE) {
                damage = page.damage();
            }
            log.addAll(passLog);
            current = next;
        }
        // Still changing after MAX_PASSES passes: returning the input (rather than a text a further call would
        // change again) keeps repair idempotent; only contrived input gets here.
        return new Repaired(input, damage,
                List.of(new Note(1, "left unchanged: the repair did not settle after " + MAX_PASSES + " passes")));
    }
}

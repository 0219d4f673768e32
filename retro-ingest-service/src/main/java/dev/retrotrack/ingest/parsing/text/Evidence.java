package dev.retrotrack.ingest.parsing.text;

/**
 * How well one {@link CodePage} explains the non-ASCII characters of a whole document as mojibake, and the choice of
 * code page (if any) that follows.
 *
 * <p>Why per document: the same characters can read back as valid UTF-8 under both code pages ({@code Ã©} is
 * C3 A9 in Windows-1252 and CC A9 in Mac Roman), and clean text has chance hits ({@code ß”} is the valid UTF-8
 * DF 94), so a single run proves little. A document counts as damaged under a code page only if it has more telltale
 * sequences than stray characters (ones that fit in no sequence): in a damaged document nearly every non-ASCII
 * character is part of a sequence, while in clean text most stand alone, and a rare chance telltale (in French
 * typography "é", no-break space, "»" read as E9 A0 BB) comes with strays around it. Of two code pages that both
 * qualify, the one with more telltales wins.
 */
final class Evidence implements SequenceScanner.Listener {

    private int decodable;
    private int incomplete;
    private int strays;
    private int telltales;

    // The current run: a run of two or more sequences that all decode (e.g. a damaged Cyrillic or CJK word) is itself
    // telltale, because chance hits in clean text come alone.
    private int runDecodable;
    private int runTelltales;
    private boolean runHasOthers;

    private Evidence() {
    }

    /** The code page that best explains {@code text} as damaged, or {@code null} if the text looks clean. */
    static CodePage mostLikelyDamage(String text) {
        CodePage best = null;
        Evidence bestEvidence = null;
        for (CodePage page : CodePage.values()) {
            Evidence evidence = new Evidence();
            SequenceScanner.scan(text, page, evidence);
            if (evidence.showsDamage() && (bestEvidence == null || evidence.outweighs(bestEvidence))) {
                best = page;
                bestEvidence = evidence;
            }
        }
        return best;
    }

    @Override
    public void decodable(int start, int end, int codePoint, boolean telltale) {
        decodable++;
        runDecodable++;
        if (telltale) {
            runTelltales++;
        }
    }

    @Override
    public void incomplete(int start, int end, boolean telltale) {
        incomplete++;
        runHasOthers = true;
        if (telltale) {
            runTelltales++;
        }
    }

    @Override
    public void stray(int index) {
        strays++;
        runHasOthers = true;
    }

    @Override
    public void runEnded() {
        telltales += !runHasOthers && runDecodable >= 2 ? runDecodable : runTelltales;
        runDecodable = 0;
        runTelltales = 0;
        runHasOthers = false;
    }

    private boolean showsDamage() {
        return telltales > strays;
    }

    /** Strictly better than {@code other}; ties keep the earlier code page (Windows-1252, the commoner damage). */
    private boolean outweighs(Evidence other) {
        if (telltales != other.telltales) {
            return telltales > other.telltales;
        }
        if (decodable + incomplete != other.decodable + other.incomplete) {
            return decodable + incomplete > other.decodable + other.incomplete;
        }
        return strays < other.strays;
    }
}

package dev.retrotrack.ingest.parsing.text;

/**
 * One repair pass under a chosen {@link CodePage}: decodable sequences become the character they encode, incomplete
 * ones are dropped, everything else is copied unchanged. Each change is recorded in a {@link NoteLog} against its
 * 1-based line.
 *
 * <p>Line numbers stay those of the input across passes because only non-ASCII characters are ever replaced or
 * removed, never a line break.
 */
final class Rewriter implements SequenceScanner.Listener {

    private final String text;
    private final CodePage page;
    private final NoteLog log;
    private StringBuilder out; // created on the first change, so clean text costs no copy
    private int copiedUpTo;
    private int lineStart;
    private int line = 1;

    private Rewriter(String text, CodePage page, NoteLog log) {
        this.text = text;
        this.page = page;
        this.log = log;
    }

    /** {@code text} repaired under {@code page}; the same instance if nothing needed changing. */
    static String rewrite(String text, CodePage page, NoteLog log) {
        Rewriter rewriter = new Rewriter(text, page, log);
        SequenceScanner.scan(text, page, rewriter);
        return rewriter.result();
    }

    @Override
    public void decodable(int start, int end, int codePoint, boolean telltale) {
        copyUpTo(start);
        out.appendCodePoint(codePoint);
        copiedUpTo = end;
        log.record(lineOf(start), NoteLog.Kind.REPAIRED, page);
    }

    @Override
    public void incomplete(int start, int end, boolean telltale) {
        copyUpTo(start);
        copiedUpTo = end;
        log.record(lineOf(start), NoteLog.Kind.DROPPED, page);
    }

    @Override
    public void stray(int index) {
        // left as it is: copied with the text around it
    }

    @Override
    public void runEnded() {
        // nothing to do between runs
    }

    private void copyUpTo(int index) {
        if (out == null) {
            out = new StringBuilder(text.length());
        }
        out.append(text, copiedUpTo, index);
    }

    /** Line of {@code index}; indices only grow during a scan, so counting on from the last one keeps it linear. */
    private int lineOf(int index) {
        for (int i = lineStart; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        lineStart = Math.max(lineStart, index);
        return line;
    }

    private String result() {
        if (out == null) {
            return text;
        }
        out.append(text, copiedUpTo, text.length());
        return out.toString();
    }
}

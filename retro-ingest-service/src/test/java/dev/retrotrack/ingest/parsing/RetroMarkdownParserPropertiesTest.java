package dev.retrotrack.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrotrack.events.Retro;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The parser's promises for any input: it never throws, and the same document always gives the same retro. */
class RetroMarkdownParserPropertiesTest {

    @Property(tries = 300)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        Retro retro = RetroMarkdownParser.parse(text);

        assertReadWithoutInternalFailure(retro);
    }

    /** The parser's last-resort catch must never be what kept it from throwing. */
    private static void assertReadWithoutInternalFailure(Retro retro) {
        assertThat(retro.warnings()).noneMatch(w -> w.message().contains("could not be fully read"));
    }

    @Property(tries = 300)
    void neverThrowsAndIsDeterministicOnRetroLikeDocuments(@ForAll("retroLike") String document) {
        Retro first = RetroMarkdownParser.parse(document);
        Retro second = RetroMarkdownParser.parse(document);

        assertReadWithoutInternalFailure(first);
        assertThat(second).isEqualTo(first);
    }

    @Provide
    Arbitrary<String> retroLike() {
        Arbitrary<String> fragment = Arbitraries.of(
                "# Epic 7 Retrospective: Title\n", "## Action Items\n", "## Technical Debt\n", "### 🔴 Critical\n",
                "## Previous Retro Follow-Through\n", "## 8. Follow-up Actions\n", "## Delivery Metrics\n",
                "| Action | Owner | Status |\n|---|---|---|\n", "| Fix it | Bob | ✅ Done |\n", "| | | |\n",
                "| Metric | Target | Actual |\n|---|---|---|\n| Stories Completed | 8 | 8/8 (100%) |\n",
                "- [ ] task (Owner: X, Est: 2h)\n", "1. Add lint gate (Owner: Charlie, By: next sprint)\n",
                "**Action 2: Add type-check**\n", "- **Owner:** Dana\n", "#### TD-E1-01: Leak\n",
                "**Location:** `a.py:1`\n", "---\n", "---\nepic: 3\ndate: 2026-01-01\n---\n", "**Date:** 2026-02-30\n",
                "All 8 stories completed.\n", "~180 tests, 15+ snapshots, 24,631 lines\n", "ðŸ“Š âš ï¸ ‚úÖ\n",
                "> quoted **bold** _it_\n", "```\ncode | not | table\n```\n", "\n", "text (Owner: )\n",
                "* * *\n", "<!-- comment -->\n", "[link](http://x)\n", "**Stories:** 8 | **Points:** 50\n",
                "1. Ask X — Owner: A, Due: 2026-01-01, Priority: P0, Status: done\n", "## Did we do what we said?\n",
                "- **Y** — Status: Done. Evidence: ok.\n", "- Z: **Done** — note\n", "- **W** — ✅ Applied: note\n",
                "- **TD-A1-01** Leak — `a/b.ts` — Est. 1 day\n", "## Numbers\n", "- Stories: 5 planned / 5 done\n",
                "closed 6 of them (26 points), 42 new tests\n", "# 🚚 A-1 Retro — T (2026-10-20)\n",
                "_Facilitated by Bob._\n", "## Next Epic: ID-8 SCIM\n", "| Story | Outcome |\n|---|---|\n| A-1.1 | Complete |\n",
                "- **14.1** Scheduler — 5 pts ✔\n", "| # | Story | Status |\n|---|---|---|\n| 4.3.1 | [T](x.md) | ❌ *Blocked* |\n",
                "| What we said | Who | Result |\n|---|---|---|\n| Sign builds | C | Done ✅ |\n",
                "- env → partly, paired once\n", "- [x] Flags — all shipped behind flags\n",
                "- [ ] **TD-4-01** Cache (`a/b.java`)\n", "- **Priority:** must\n", "| Sev |\n|---|\n| Sev-1 |\n",
                "1. Store in UTC (Owner: @c, By: Fri 14 Nov, P0)\n", "## next\n", "Next up is **Epic L-3: Clans**.\n",
                "Stories drafted: 15.1–15.7 (seven)\n", "Planned stories:\n\n- A-1.1 X\n", "## At a glance\n",
                "4 of 5 stories done, 16 of 21 pts.\n", "Thu 13 Nov 2026 · facilitator: Bob · present: A, B (PM)\n",
                "**Who:** A (PO) · B (SM, facilitating)\n", "# Epic L-2 — Pass · Retrospective\n",
                "- [x] #471 5.1 Signing (5)\n", "- [ ] t, see IRR-2 @Tunde Bakare 04 Dec 2026\n", "## Check-in on E1\n",
                "| Item | Jira |\n|---|---|\n| t | IRR-2 |\n", "- Stories\n\n  | ID | Story |\n  |---|---|\n  | 1.1 | t |\n",
                "E12 — Speaking. 6 stories\n", "Bob facilitated.\n", "- t (Owner: C, Est: 1d) — note\n",
                "### Action #1: t\n", "- [ ] TD-9-01: t (`a/b.go`, est. 2 days)\n", "## next epic: epic 10 — risk\n",
                "All 8 stories completed, 34 points in total. We added\n112 automated tests\n",
                "## Who was in the room\n", "- P (Lead, Faculty)\n", "| Points (committed / delivered) | 38 / 33 |\n",
                "**Technical Tasks:**\n");
        return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /**
     * Inputs built to make a parser's patterns backtrack (found in review: before bounding, a 40 KB debt heading took
     * 54 s). The timeout only guards against a hang; it is not a performance target.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void completesOnPathologicallyNestedEmphasizedAndBacktrackingInput() {
        String nested = ">".repeat(5_000) + " deep\n" + "- ".repeat(5_000) + "item\n";
        String emphasis = "*a **b ".repeat(20_000) + "\n";
        String brackets = "[".repeat(20_000) + "](" + "\n";
        String table = "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(20_000);
        String debtHeading = "#### TD-" + "1".repeat(40_000) + "!\n";
        String commaNumbers = "## Delivery Metrics\n\nAll " + "1,".repeat(20_000) + " stories of points tests\n";
        String digits = "## Summary\n\n" + "1".repeat(40_000) + " of " + "2".repeat(40_000) + " points\n";
        String dashes = "## Follow-through\n\n- " + "a - ".repeat(10_000) + "done\n";
        String storyKeys = "## Stories\n\n- Story " + "1.".repeat(20_000) + " title\n";
        String dashedFields = "## Action Items\n\n1. t" + " — Owner: x, Due: y".repeat(10_000) + "\n2. t"
                + " - a".repeat(20_000) + " — `p` — Est. 1 day\n3. t — Owner:" + ", Owner:".repeat(10_000) + "\n";
        String statusNotes = "## Previous retro actions\n\n- t — Done" + ": a;".repeat(20_000) + "\n- t: "
                + "x: ".repeat(20_000) + "Done — n\n";
        String figures = "## Numbers\n\n- Stories: " + "1 planned / ".repeat(10_000) + "\n- Tests: "
                + "1 new ".repeat(10_000) + "tests\nWe had 3 stories worth 2 points, closed 1 of them"
                + " (1 points)".repeat(10_000) + "\n";
        String header = "# 🚚" + " 🚚".repeat(20_000) + " A-1 Retro — T" + " (".repeat(10_000) + "2026-10-20)\n"
                + "## Next Epic: ID-8 " + "S".repeat(40_000) + "\n" + "_Facilitated by Bob_ ".repeat(5_000) + "\n";

        String set5Shapes = "# Epic 1 — T" + " · x".repeat(10_000) + " · Retrospective\n\n**Who:** A"
                + " · B (SM, x".repeat(10_000) + "\n\nThu 13 Nov 2026" + " · present: A, (".repeat(10_000) + "\n\n"
                + "## What we built\n\n- **1.1** t" + " ✔".repeat(20_000) + "\n\n## Last retro\n\n- t"
                + " → done,".repeat(10_000) + "\n- [x] t" + " — e".repeat(10_000) + "\n- [ ] t ("
                + "`a` (".repeat(10_000) + "\n\n## Next\n\nEpic 1: " + "x".repeat(40_000) + "\nStories: "
                + "1.1–1.".repeat(10_000) + "\nEpic A-1: t" + " Epic 1:".repeat(10_000) + "\n16 of 21 pts"
                + " pts".repeat(10_000) + "\n";
        String set6Shapes = "Present: A. " + "B".repeat(40_000) + " facilitated.\n\n## Stories\n\n- [x] #1 1.1 t"
                + " (5)".repeat(10_000) + " → done\n- [ ] " + "#1 ".repeat(10_000) + "\n1. **Story 1.1: t** (5 pts)"
                + " ✅".repeat(10_000) + "\n\n- S\n\n  | ID | Story |\n  |---|---|\n" + "  | 1.1 | t |\n".repeat(5_000)
                + "\nWe planned " + "7 stories for ".repeat(10_000) + "34 points. Committed" + " 1".repeat(10_000)
                + " points\n4/5 stories, " + "27 ".repeat(10_000) + "tests added.\n\n## Coming up\n\nNext epic: E12"
                + " — ".repeat(10_000) + "\nE1 " + "S".repeat(40_000) + "\n\n## Actions\n\n- [ ] t" + " @A B".repeat(10_000)
                + " @Tunde Bakare 04 Dec 2026\n- [ ] t @" + "a".repeat(40_000) + "\n- t"
                + " (Owner: a)".repeat(10_000) + " — note\n- **Tech Debt:** TD-" + "1".repeat(40_000) + "\n";

        String set7Shapes = "## Who was in the room\n\n- P" + " (a, (b".repeat(10_000) + " — x\n\n## Metrics\n\n"
                + "| Metric | Value |\n|---|---|\n| Points (committed" + " / x".repeat(10_000) + " / delivered) | 3 / 4 |\n"
                + "\nWe added\n" + "added\n".repeat(10_000) + "1 tests, all 2 stories completed, 3 points in total\n"
                + "\n## Technical Debt\n\n- [ ] TD-1: t (`a`, est." + " ".repeat(40_000) + "2)\n- [ ] TD-2: t (`a`, ~"
                + "1".repeat(40_000) + " days)\n\n## next epic" + ":".repeat(10_000) + " risk\n";

        for (String document : new String[] {nested, emphasis, brackets, table, debtHeading, commaNumbers, digits,
                dashes, storyKeys, dashedFields, statusNotes, figures, header, set5Shapes, set6Shapes, set7Shapes}) {
            assertReadWithoutInternalFailure(RetroMarkdownParser.parse("## Action Items\n" + document));
        }
    }
}

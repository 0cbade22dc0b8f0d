package dev.ascent.teams;

import dev.ascent.catalog.format.RoadmapValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text work on a team roadmap's file, without Spring: its header lines and the line diff. */
class RoadmapFileTests {

    @Test
    void anEmptyRoadmapValidatesUnderItsIdAndAnyTitle() {
        var report = RoadmapValidator.validate("x.yaml", RoadmapFile.empty("our-path", "Ours: \"the\" path\\ #1"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.roadmap().id()).isEqualTo("our-path");
        assertThat(report.roadmap().title()).isEqualTo("Ours: \"the\" path\\ #1");
    }

    @Test
    void theHeaderIsSetWhereItIsAndAddedWhereItIsMissingLeavingTheRestAsWritten() {
        String file = "# a comment\nid: old\ntitle: Old\nphases: []\n  id: nested stays\n";

        String set = RoadmapFile.withHeader(file, "new-id", "New", 3);

        assertThat(set).isEqualTo("version: 3\n# a comment\nid: new-id\ntitle: \"New\"\nphases: []\n  id: nested stays\n");
        assertThat(RoadmapFile.withVersion(set, 4)).startsWith("version: 4\n");
        assertThat(RoadmapFile.lineOf(set, "id")).isEqualTo(3);
        assertThat(RoadmapFile.lineOf(set, "summary")).isZero();
    }

    @Test
    void theDiffNumbersEachSideAndNamesEachHunkInWords() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n";

        RoadmapChanges changes = RoadmapFile.diff("then", before, after);

        assertThat(changes.added()).isEqualTo(2);
        assertThat(changes.removed()).isEqualTo(1);
        assertThat(changes.lines()).filteredOn(l -> l.kind() == RoadmapChanges.Kind.HUNK).extracting(RoadmapChanges.Line::text)
                .containsExactly("Before: lines 1–5 · after: lines 1–5", "Before: lines 8–10 · after: lines 8–11");
        assertThat(changes.lines()).filteredOn(l -> l.kind() == RoadmapChanges.Kind.REMOVED).singleElement()
                .satisfies(l -> assertThat(l.before()).isEqualTo(2));
        assertThat(changes.lines()).filteredOn(l -> l.kind() == RoadmapChanges.Kind.ADDED).extracting(RoadmapChanges.Line::after)
                .containsExactly(2, 11);
        assertThat(RoadmapFile.diff("then", before, before).none()).isTrue();
        assertThat(RoadmapFile.diff("nothing", "", "x\n").lines()).extracting(RoadmapChanges.Line::text).containsExactly("Before: no lines · after: line 1", "x");
    }
}

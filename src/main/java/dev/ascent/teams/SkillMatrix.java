package dev.ascent.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drawing instructions for the skill matrix, computed in Java and drawn as SVG by the template (no script,
 * nothing inline): a row per person, a column per phase (or per topic of one phase), each cell a square in one of
 * five shades by share done or proficiency, hatched when the person does not share it. Column titles are drawn
 * slanted above the grid; each cell carries its words for screen readers.
 */
public final class SkillMatrix {

    static final int CELL = 26;
    static final int GAP = 2;
    static final int LABEL_WIDTH = 150;
    static final int HEADER = 110;

    private SkillMatrix() {
    }

    public record Grid(int width, int height, List<Heading> headings, List<RowLabel> rows, List<Square> squares, String summary) {
    }

    public record Heading(String x, String y, String text, String full) {
    }

    public record RowLabel(String y, String text) {
    }

    public record Square(String x, String y, String size, String css, String title) {
    }

    public static Grid draw(Overview overview) {
        List<Overview.Column> columns = overview.columns();
        List<Heading> headings = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            double x = LABEL_WIDTH + c * (CELL + GAP) + CELL / 2.0;
            headings.add(new Heading(num(x), num(HEADER - 6), shorten(columns.get(c).title(), 22), columns.get(c).title()));
        }
        List<RowLabel> labels = new ArrayList<>();
        List<Square> squares = new ArrayList<>();
        for (int r = 0; r < overview.rows().size(); r++) {
            Overview.Row row = overview.rows().get(r);
            double y = HEADER + r * (CELL + GAP);
            labels.add(new RowLabel(num(y + CELL / 2.0 + 4), shorten(row.name(), 20)));
            for (int c = 0; c < row.cells().size() && c < columns.size(); c++) {
                Overview.Cell cell = row.cells().get(c);
                String css = cell.band() < 0 ? "cell-hidden" : "cell-" + cell.band();
                squares.add(new Square(num(LABEL_WIDTH + c * (CELL + GAP)), num(y), String.valueOf(CELL), css,
                        row.name() + ", " + columns.get(c).title() + ": " + cell.text()));
            }
        }
        int width = LABEL_WIDTH + Math.max(1, columns.size()) * (CELL + GAP) + 120;
        int height = HEADER + Math.max(1, overview.rows().size()) * (CELL + GAP) + 4;
        String summary = overview.rows().size() + (overview.rows().size() == 1 ? " person" : " people") + " by " + columns.size()
                + (overview.phaseId() == null ? " phases" : " topics") + ", darker is further along";
        return new Grid(width, height, headings, labels, squares, summary);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package dev.ascent.teams.web;

import dev.ascent.teams.Overview;

import java.util.ArrayList;
import java.util.List;

/**
 * The overview's table and matrix as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in CRLF). Text a person typed (names, and titles from roadmap files) that a spreadsheet would
 * read as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
final class OverviewCsv {

    private OverviewCsv() {
    }

    static String write(Overview overview) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Person", "Role", "Level reached", "Done (%)", "Weeks ahead (+) or behind (-)",
                "Next checkpoint", "Checkpoint due", "Checkpoint state", "Last activity", "Open reviews", "Oldest open review (days)"));
        overview.columns().forEach(c -> header.add(c.title()));
        line(out, header);
        for (Overview.Row row : overview.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row.name());
            fields.add(row.role().label());
            fields.add(row.level() == null ? row.progress().text() : row.level());
            fields.add(row.percentDone() == null ? row.progress().text() : row.percentDone().toString());
            fields.add(row.weeksAhead() == null ? row.pace() : row.weeksAhead().toString());
            Overview.Checkpoint next = row.nextCheckpoint();
            String why = row.checkpoints() == Overview.Seen.SHOWN ? "all met" : row.checkpoints().text();
            fields.add(next == null ? why : next.title());
            fields.add(next == null ? why : next.due().toString());
            fields.add(next == null ? why : next.state());
            fields.add(row.lastActivity() == null ? (row.progress() == Overview.Seen.SHOWN ? "none yet" : row.progress().text()) : row.lastActivity().toString());
            fields.add(String.valueOf(row.reviews().count()));
            fields.add(row.reviews().oldestDays() == null ? "" : row.reviews().oldestDays().toString());
            row.cells().forEach(cell -> fields.add(cell.band() < 0 ? cell.text() : overview.phaseId() == null ? String.valueOf(cell.percent()) : cell.text()));
            line(out, fields);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, made inert for spreadsheets and quoted when it must be. Numbers we computed ("-2") are left alone. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

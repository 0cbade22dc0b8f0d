package dev.ascent.planning;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The plan as iCalendar (ical4j): one all-week block per planned week, and checkpoints on their due dates. */
public final class PlanCalendar {

    private PlanCalendar() {
    }

    public static String ics(UUID enrollmentId, String roadmapTitle, Projection projection) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ascent//Plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Plan.Week week : projection.plan().weeks()) {
            if (week.off() || week.slots().isEmpty()) {
                continue;
            }
            String summary = String.format(Locale.ROOT, "%s: %.1f h", roadmapTitle, week.hours());
            VEvent event = new VEvent(week.monday(), week.monday().plusDays(7), summary);
            event.add(new Uid("week-" + week.monday() + "-" + enrollmentId + "@ascent"));
            event.add(new Description(week.slots().stream()
                    .map(slot -> String.format(Locale.ROOT, "%s (%.1f h, %s)", slot.title(), slot.hours(), slot.kind().key()))
                    .collect(Collectors.joining("\n"))));
            calendar.add(event);
        }
        for (Projection.CheckpointDate checkpoint : projection.checkpoints()) {
            VEvent event = new VEvent(checkpoint.due(), checkpoint.due().plusDays(1), "Checkpoint: " + checkpoint.title());
            event.add(new Uid("checkpoint-" + checkpoint.id() + "-" + enrollmentId + "@ascent"));
            event.add(new Description(checkpoint.status().label() + ": " + checkpoint.state().reason()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

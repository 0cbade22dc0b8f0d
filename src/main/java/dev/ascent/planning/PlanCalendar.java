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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The plan as iCalendar (ical4j): each planned week's hours split into timed sessions on the learner's study days
 * (in floating local time, so 19:00 is 19:00 wherever the calendar is), and checkpoints on their due dates.
 */
public final class PlanCalendar {

    /** Sessions are whole quarters of an hour. */
    private static final int QUARTER = 15;

    private PlanCalendar() {
    }

    public static String ics(UUID enrollmentId, String roadmapTitle, Projection projection, StudySchedule schedule) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ascent//Plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Plan.Week week : projection.plan().weeks()) {
            if (week.off() || week.slots().isEmpty()) {
                continue;
            }
            List<LocalDate> days = week.monday().datesUntil(week.monday().plusDays(7)).filter(d -> schedule.includes(d.getDayOfWeek())).toList();
            long minutes = Math.max(QUARTER, Math.round(week.hours() * 60 / days.size() / QUARTER) * QUARTER);
            String topics = week.slots().getFirst().title() + (week.slots().size() > 1 ? " (+%d more)".formatted(week.slots().size() - 1) : "");
            String plan = String.format(Locale.ROOT, "This week of %s: %.1f h in %d session%s.%n%s", roadmapTitle, week.hours(), days.size(),
                    days.size() == 1 ? "" : "s", week.slots().stream()
                            .map(slot -> String.format(Locale.ROOT, "%s (%.1f h, %s)", slot.title(), slot.hours(), slot.kind().key()))
                            .collect(Collectors.joining("\n")));
            for (LocalDate day : days) {
                LocalDateTime from = day.atTime(schedule.start());
                LocalDateTime to = from.plusMinutes(minutes);
                if (to.isAfter(day.atTime(23, 59))) {
                    to = day.atTime(23, 59); // more hours than one evening holds: the session fills it and the description says so
                }
                VEvent event = new VEvent(from, to, "Study: " + topics);
                event.add(new Uid("study-" + day + "-" + enrollmentId + "@ascent"));
                event.add(new Description(plan));
                calendar.add(event);
            }
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

package dev.ascent.drills;

import dev.ascent.accounts.PersonalData;
import dev.ascent.drills.internal.DebriefStore;
import dev.ascent.drills.internal.PlayStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The drills section of an account's export: the plays it played to their end, with their logs and debriefs (a play
 * still running is left out: it is not over). Restored as ended plays of the account, without a game master. Erased
 * with the account; a play the account ran as game master stays its player's, without the game master.
 */
@Component
@Order(45)
class DrillsData implements PersonalData {

    private final PlayStore plays;
    private final DebriefStore debriefs;
    private final JsonMapper json;

    DrillsData(PlayStore plays, DebriefStore debriefs, JsonMapper json) {
        this.plays = plays;
        this.debriefs = debriefs;
        this.json = json;
    }

    @Override
    public String section() {
        return "drills";
    }

    @Override
    public DrillsExport export(UUID accountId) {
        List<Play> ended = plays.played(accountId, DrillHistory.MAX_PLAYS).stream().filter(p -> !p.running()).toList();
        Map<UUID, List<PlayEntry>> logs = plays.logs(ended.stream().map(Play::id).toList());
        Map<UUID, Debrief> written = debriefs.all(ended.stream().map(Play::id).toList());
        List<DrillsExport.PlayRecord> records = new ArrayList<>();
        for (Play p : ended) {
            List<DrillsExport.EntryRecord> log = logs.getOrDefault(p.id(), List.of()).stream()
                    .map(e -> new DrillsExport.EntryRecord(e.seq(), e.atSecond(), e.kind().key(), e.ref(), e.detail())).toList();
            Debrief debrief = written.get(p.id());
            records.add(new DrillsExport.PlayRecord(p.drillId(), p.drillTitle(), p.drillVersion(), p.seed(), p.faultTimes(), p.speed(),
                    p.clockSeconds(), p.state().key(), p.startedAt().toString(), p.endedAt() == null ? null : p.endedAt().toString(),
                    p.result() == null ? null : DrillsExport.ResultRecord.of(p.result()), log, debrief == null ? Map.of() : debrief.sections()));
        }
        return new DrillsExport(records);
    }

    @Override
    public void erase(UUID accountId) {
        debriefs.deleteAll(accountId);
        plays.deleteAll(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return plays.any(accountId);
    }

    @Override
    public void restore(UUID accountId, JsonNode section) {
        int count = 0;
        for (JsonNode node : section.path("plays")) {
            if (++count > DrillHistory.MAX_PLAYS) {
                throw new IllegalArgumentException("more than %,d drill plays".formatted(DrillHistory.MAX_PLAYS));
            }
            DrillsExport.PlayRecord r = json.treeToValue(node, DrillsExport.PlayRecord.class);
            if (r.drill() == null || r.drill().isBlank() || r.drill().length() > 100 || r.title() == null || r.title().length() > 200
                    || r.startedAt() == null || r.state() == null || r.result() == null) {
                throw new IllegalArgumentException("a drill play without its drill, title, start, state or numbers");
            }
            Play.State state = java.util.Arrays.stream(Play.State.values()).filter(s -> s.key().equals(r.state().toLowerCase(Locale.ROOT)))
                    .filter(s -> s != Play.State.RUNNING).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("a drill play of '%s' in no state a play ends in".formatted(r.drill())));
            if (r.log() != null && r.log().size() > Plays.MAX_LOG || r.faultTimes() != null && r.faultTimes().size() > 20
                    || r.debrief() != null && r.debrief().size() > DebriefSection.values().length) {
                throw new IllegalArgumentException("a drill play of '%s' larger than any play".formatted(r.drill()));
            }
            Instant started = Instant.parse(r.startedAt());
            Instant ended = r.endedAt() == null ? started : Instant.parse(r.endedAt());
            Play play = new Play(UUID.randomUUID(), accountId, null, null, r.drill(), r.title(), r.drillVersion(), r.seed(),
                    r.faultTimes() == null ? Map.of() : r.faultTimes(), r.speed() > 0 ? r.speed() : 10, Math.max(0, r.clockSeconds()), Play.State.RUNNING,
                    started, null, null, 0);
            plays.insert(play, ended, true);
            List<DrillsExport.EntryRecord> log = r.log() == null ? List.of() : r.log();
            int seq = 0;
            for (DrillsExport.EntryRecord e : log) {
                PlayEntry.Kind kind = java.util.Arrays.stream(PlayEntry.Kind.values()).filter(k -> k.key().equals(e.kind())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("a drill play's log names no kind of entry: '%s'".formatted(e.kind())));
                plays.append(play.id(), new PlayEntry(++seq, e.atSecond(), kind, clip(e.ref(), 200), clip(e.detail(), 500), accountId, ended));
            }
            plays.end(play.id(), state, play.clockSeconds(), ended, r.result().result());
            if (r.debrief() != null && !r.debrief().isEmpty()) {
                Map<String, String> sections = new java.util.LinkedHashMap<>();
                for (DebriefSection s : DebriefSection.values()) {
                    sections.put(s.key(), clip(r.debrief().getOrDefault(s.key(), ""), DebriefSection.MAX_LENGTH));
                }
                debriefs.save(accountId, play.id(), sections, null, ended, 0);
            }
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

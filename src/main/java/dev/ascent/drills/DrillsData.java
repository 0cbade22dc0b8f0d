package dev.ascent.drills;

import dev.ascent.accounts.PersonalData;
import dev.ascent.drills.internal.DebriefStore;
import dev.ascent.drills.internal.PlayStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The drills section of an account's export: each play the account played, how it went, its log and its debrief.
 * Erased with the account (a play the account ran as game master stays its player's, without the game master).
 * Plays are not restored from a file: they are replayed from the drill as it was, which an import cannot promise.
 */
@Component
@Order(45)
class DrillsData implements PersonalData {

    private final PlayStore plays;
    private final DebriefStore debriefs;

    DrillsData(PlayStore plays, DebriefStore debriefs) {
        this.plays = plays;
        this.debriefs = debriefs;
    }

    /** One play as the export writes it. */
    record PlayRecord(String drill, String title, int drillVersion, String state, String startedAt, String endedAt, PlayResult result,
                      List<EntryRecord> log, java.util.Map<String, String> debrief) {
    }

    record EntryRecord(double atSecond, String kind, String ref, String detail) {
    }

    record DrillsExport(List<PlayRecord> plays) {
    }

    @Override
    public String section() {
        return "drills";
    }

    @Override
    public DrillsExport export(UUID accountId) {
        List<PlayRecord> records = new ArrayList<>();
        for (Play p : plays.played(accountId, DrillHistory.MAX_PLAYS)) {
            List<EntryRecord> log = plays.log(p.id()).stream().map(e -> new EntryRecord(e.atSecond(), e.kind().key(), e.ref(), e.detail())).toList();
            records.add(new PlayRecord(p.drillId(), p.drillTitle(), p.drillVersion(), p.state().key(), p.startedAt().toString(),
                    p.endedAt() == null ? null : p.endedAt().toString(), p.result(), log,
                    debriefs.find(p.id()).map(Debrief::sections).orElse(java.util.Map.of())));
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
        // plays replay a drill as it was when played; an import cannot promise that, so it brings none back
    }
}

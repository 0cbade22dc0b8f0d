package dev.ascent.teams.internal;

import dev.ascent.accounts.PersonalData;
import dev.ascent.teams.CheckIn;
import dev.ascent.teams.MentoringExport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mentoring section of an account's export (check-ins, 1:1 notes), and its part in erasing the account: the
 * member's check-ins and every 1:1 note of the account's pairs go; where the account assessed someone, the
 * assessment stays in that person's history, attributed to "a former mentor".
 * <p>
 * An import checks the section's shape and restores nothing: both kinds belong to a team, which a file cannot let
 * anyone into (see the teams section).
 */
@Component
@Order(41)
class MentoringData implements PersonalData {

    private final CheckInStore checkIns;
    private final OneOnOneStore notes;
    private final JsonMapper json;

    MentoringData(CheckInStore checkIns, OneOnOneStore notes, JsonMapper json) {
        this.checkIns = checkIns;
        this.notes = notes;
        this.json = json;
    }

    @Override
    public String section() {
        return "mentoring";
    }

    @Override
    public MentoringExport export(UUID accountId) {
        List<CheckInStore.Row> rows = checkIns.involving(accountId);
        Map<UUID, List<CheckIn.Line>> lines = checkIns.lines(rows.stream().map(CheckInStore.Row::id).toList());
        return new MentoringExport(
                rows.stream().map(c -> new MentoringExport.CheckInRecord(c.id(), c.teamId(), c.memberId().equals(accountId) ? "member" : "assessor",
                        c.roadmapId(), c.roadmapTitle(), c.phaseId(), c.phaseTitle(), c.openedAt(), c.memberSubmittedAt(), c.assessorSubmittedAt(),
                        c.agreedLevel(), c.agreedNote(), c.agreedAt(), lines.getOrDefault(c.id(), List.of()).stream()
                        .map(l -> new MentoringExport.TopicRecord(l.topicId(), l.title(), l.self(), l.assessor())).toList())).toList(),
                notes.involving(accountId).stream().map(n -> new MentoringExport.NoteRecord(n.id(), n.teamId(),
                        n.personA().equals(accountId) ? n.personB() : n.personA(), n.authorId().equals(accountId), n.body(), n.writtenAt(),
                        n.updatedAt())).toList());
    }

    @Override
    public void erase(UUID accountId) {
        checkIns.forget(accountId);
        notes.forget(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return checkIns.any(accountId) || notes.any(accountId);
    }

    /** Checks the section is in the shape Ascent exports; writes nothing (see the class comment). */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        try {
            json.treeToValue(section, MentoringExport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not in the shape Ascent exports: " + e.getOriginalMessage());
        }
    }
}

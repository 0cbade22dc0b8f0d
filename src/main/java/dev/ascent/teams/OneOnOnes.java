package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.OneOnOneStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 1:1 notes: private to two people of a team, at least one of them a mentor or lead, and only while both are in it.
 * Each writes, edits and deletes their own notes; both read all of them. Nobody else — not another lead — sees them.
 */
@Service
public class OneOnOnes {

    static final String NOT_FOUND = "There are no 1:1 notes between you and this person in this team.";
    static final String NO_NOTE = "There is no such note between you two.";
    static final String CONFLICT = "This note was changed since you opened it (in another tab?). Look at it again and repeat your change.";

    private final Teams teams;
    private final OneOnOneStore store;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final Clock clock;

    OneOnOnes(Teams teams, OneOnOneStore store, Accounts accounts, FormErrors formErrors, Clock clock) {
        this.teams = teams;
        this.store = store;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    private record Pair(TeamDetails team, Member me, Member other) {
    }

    /** The two, if both are in the team, are not the same person and at least one of them guides. */
    private Optional<Pair> pair(UUID me, UUID teamId, UUID otherId) {
        if (me.equals(otherId)) {
            return Optional.empty();
        }
        return teams.team(me, teamId).flatMap(team -> {
            Optional<Member> mine = team.members().stream().filter(m -> m.accountId().equals(me)).findFirst();
            Optional<Member> other = team.members().stream().filter(m -> m.accountId().equals(otherId)).findFirst();
            return mine.flatMap(a -> other.map(b -> new Pair(team, a, b)))
                    .filter(p -> CheckIns.guides(p.me().role()) || CheckIns.guides(p.other().role()));
        });
    }

    /** The notes of {@code me} and {@code otherId} in the team; empty when there can be none between them. */
    public Optional<OneOnOne> thread(UUID me, UUID teamId, UUID otherId) {
        return pair(me, teamId, otherId).map(pair -> {
            Map<UUID, String> names = Map.of(pair.me().accountId(), pair.me().displayName(), pair.other().accountId(), pair.other().displayName());
            List<OneOnOne.Note> notes = store.notes(teamId, me, otherId, OneOnOne.MAX_NOTES).stream()
                    .map(row -> new OneOnOne.Note(row.id(), row.authorId(), names.getOrDefault(row.authorId(), "someone"), row.authorId().equals(me),
                            row.body(), row.writtenAt(), row.updatedAt(), row.version()))
                    .toList();
            return new OneOnOne(pair.team().team(), pair.other(), notes);
        });
    }

    @Transactional
    public Outcome<OneOnOne> write(UUID me, UUID teamId, UUID otherId, OneOnOneNoteForm form) {
        if (pair(me, teamId, otherId).isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        return Outcome.unless(formErrors.check(form), () -> {
            store.insert(UUID.randomUUID(), teamId, me, otherId, form.cleanBody(), clock.instant());
            return Outcome.saved(thread(me, teamId, otherId).orElseThrow());
        });
    }

    /** Changes one of {@code me}'s own notes, if nobody changed it since {@code expectedVersion}. */
    @Transactional
    public Outcome<OneOnOne> edit(UUID me, UUID teamId, UUID otherId, UUID noteId, OneOnOneNoteForm form, int expectedVersion) {
        Optional<OneOnOne.Note> note = own(me, teamId, otherId, noteId);
        if (note.isEmpty()) {
            return Outcome.notFound(NO_NOTE);
        }
        return Outcome.unless(formErrors.check(form), () -> {
            Instant now = clock.instant();
            if (!store.edit(noteId, me, form.cleanBody(), now.isAfter(note.get().writtenAt()) ? now : note.get().writtenAt(), expectedVersion)) {
                return Outcome.conflict(CONFLICT, thread(me, teamId, otherId).orElse(null));
            }
            return Outcome.saved(thread(me, teamId, otherId).orElseThrow());
        });
    }

    @Transactional
    public Outcome<OneOnOne> delete(UUID me, UUID teamId, UUID otherId, UUID noteId, int expectedVersion) {
        if (own(me, teamId, otherId, noteId).isEmpty()) {
            return Outcome.notFound(NO_NOTE);
        }
        if (!store.delete(noteId, me, expectedVersion)) {
            return Outcome.conflict(CONFLICT, thread(me, teamId, otherId).orElse(null));
        }
        return Outcome.saved(thread(me, teamId, otherId).orElseThrow());
    }

    /** The note, if it is {@code me}'s own and between these two in this team. */
    private Optional<OneOnOne.Note> own(UUID me, UUID teamId, UUID otherId, UUID noteId) {
        if (pair(me, teamId, otherId).isEmpty()) {
            return Optional.empty();
        }
        UUID[] pair = OneOnOneStore.pair(me, otherId);
        return store.find(teamId, noteId)
                .filter(row -> row.personA().equals(pair[0]) && row.personB().equals(pair[1]) && row.authorId().equals(me))
                .map(row -> new OneOnOne.Note(row.id(), me, "", true, row.body(), row.writtenAt(), row.updatedAt(), row.version()));
    }
}

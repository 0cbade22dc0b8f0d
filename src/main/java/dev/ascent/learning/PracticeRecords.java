package dev.ascent.learning;

import dev.ascent.learning.journal.Journal;
import dev.ascent.learning.journal.JournalEntry;
import dev.ascent.learning.journal.JournalStore;
import dev.ascent.learning.time.PracticeCredit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Practice done in modules that build on learning (incident drills): its time credited to the topics it exercised,
 * and its write-up kept in the learner's journal, where it is theirs to read, tag and share like any entry.
 */
@Component
public class PracticeRecords {

    private final PracticeCredit credit;
    private final Journal journal;
    private final JournalStore entries;

    PracticeRecords(PracticeCredit credit, Journal journal, JournalStore entries) {
        this.credit = credit;
        this.journal = journal;
        this.entries = entries;
    }

    /**
     * Credits {@code minutes} of practice to the topics ("roadmap/topic") in the roadmaps the account follows, once per
     * {@code creditId}; answers the minutes credited (0 when none of the topics is followed or it was credited before).
     */
    public int credit(UUID accountId, UUID creditId, String source, String title, List<String> topics, int minutes, LocalDate day) {
        return credit.credit(accountId, creditId, source, title, topics, minutes, day);
    }

    /**
     * Writes (or rewrites) a journal entry that mirrors a write-up kept elsewhere; answers its id, new when
     * {@code entryId} is null or the learner deleted the entry. Topics the learner does not follow are left out; a
     * body past the journal's limit is cut with a note.
     */
    @Transactional
    public UUID keepInJournal(UUID accountId, @Nullable UUID entryId, LocalDate day, String title, String body, List<String> tags,
                              List<String> topics) {
        Set<String> followed = journal.topicChoices(accountId).stream().map(Journal.TopicChoice::value).collect(Collectors.toSet());
        String cut = title.length() > JournalEntry.MAX_TITLE ? title.substring(0, JournalEntry.MAX_TITLE) : title;
        String text = body.length() > JournalEntry.MAX_BODY
                ? body.substring(0, JournalEntry.MAX_BODY - 80) + "\n\n… (cut here: the whole write-up is where it was written)" : body;
        List<String> kept = topics.stream().filter(followed::contains).toList();
        List<String> tagList = tags.stream().limit(JournalEntry.MAX_TAGS).toList();
        if (entryId != null) {
            JournalEntry current = entries.journalEntry(accountId, entryId).orElse(null);
            if (current != null) {
                entries.updateJournal(accountId, new JournalEntry(entryId, day, cut, text, tagList, kept, current.version()), current.version());
                return entryId;
            }
        }
        UUID id = UUID.randomUUID();
        entries.insertJournal(accountId, new JournalEntry(id, day, cut, text, tagList, kept, 0));
        return id;
    }
}

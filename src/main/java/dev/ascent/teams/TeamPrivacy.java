package dev.ascent.teams;

import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.PrivacyStore;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What each member lets their team's leads and mentors see (see {@link Privacy}). Only the member changes
 * their own settings; the settings live and die with the membership, so leaving a team ends every access.
 */
@Service
public class TeamPrivacy {

    static final String CONFLICT = "You changed these settings in another tab or device since you opened this page. Here they are as saved: choose again.";

    private final PrivacyStore store;
    private final TeamStore teams;
    private final ApplicationEventPublisher events;

    TeamPrivacy(PrivacyStore store, TeamStore teams, ApplicationEventPublisher events) {
        this.store = store;
        this.teams = teams;
        this.events = events;
    }

    /** The account's own settings in a team it is in. */
    public Optional<Privacy> privacy(UUID me, UUID teamId) {
        return teams.membership(teamId, me).map(m -> store.of(teamId, me));
    }

    /** Saves the account's settings in the team if unchanged since {@code expectedVersion}. */
    @Transactional
    public Outcome<Privacy> save(UUID me, UUID teamId, PrivacyForm form, int expectedVersion) {
        if (teams.membership(teamId, me).isEmpty()) {
            return Outcome.notFound(Teams.NOT_FOUND);
        }
        Optional<Privacy> saved = store.save(teamId, me, form.progress(), form.plan(), form.checkpoints(), expectedVersion);
        if (saved.isEmpty()) {
            return Outcome.conflict(CONFLICT, store.of(teamId, me));
        }
        events.publishEvent(new PrivacyChanged(teamId, me, form.progress(), form.plan(), form.checkpoints()));
        return Outcome.saved(saved.get());
    }

    /** Everyone's settings in the team, the defaults for whoever never changed them. */
    Map<UUID, Privacy> ofTeam(UUID teamId) {
        return store.ofTeam(teamId);
    }
}

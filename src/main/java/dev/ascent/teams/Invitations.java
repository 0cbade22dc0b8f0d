package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.platform.Digests;
import dev.ascent.platform.Display;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.InvitationMail;
import dev.ascent.teams.internal.InvitationStore;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations to a team: a lead makes a single-use link that works for {@link Invitation#VALID_FOR}, offering a
 * role, optionally mailed to an address; whoever opens it signed in may accept (and is in the team) or decline.
 * The link's secret is 32 random bytes; only its SHA-256 is kept, so it is shown once, to the lead who made it.
 */
@Service
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    static final String FORGED = "This is not a working invitation link. Check that you copied all of it, or ask the team's lead for a new one.";

    private final InvitationStore invitations;
    private final TeamStore teams;
    private final Accounts accounts;
    private final InvitationMail mail;
    private final ApplicationEventPublisher events;
    private final FormErrors formErrors;
    private final Clock clock;

    Invitations(InvitationStore invitations, TeamStore teams, Accounts accounts, InvitationMail mail, ApplicationEventPublisher events,
                FormErrors formErrors, Clock clock) {
        this.invitations = invitations;
        this.teams = teams;
        this.accounts = accounts;
        this.mail = mail;
        this.events = events;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Everything wrong with an invitation as asked for, by field; empty when it can be made. */
    public Map<String, String> problems(InvitationForm form) {
        return formErrors.check(form);
    }

    /** A new invitation to the team (leads only), with its link: the only time the link exists outside the invitee's hands. */
    @Transactional
    public Outcome<InvitationLink> invite(UUID me, UUID teamId, InvitationForm form) {
        Optional<TeamStore.Membership> mine = teams.membership(teamId, me);
        Optional<Team> team = teams.find(teamId);
        if (mine.isEmpty() || team.isEmpty()) {
            return Outcome.notFound(Teams.NOT_FOUND);
        }
        Teams.requireLead(mine.get().role(), "invite people");
        return Outcome.unless(problems(form), () -> {
            Instant now = clock.instant();
            String token = newToken();
            Invitation invitation = new Invitation(UUID.randomUUID(), teamId, java.util.Objects.requireNonNull(form.role()), form.cleanEmail(), me,
                    now, now.plus(Invitation.VALID_FOR), null, null, null);
            invitations.insert(invitation, Digests.sha256Hex(token));
            events.publishEvent(new MemberInvited(teamId, invitation.id(), invitation.role(), me));
            return Outcome.saved(new InvitationLink(invitation, team.get().name(), "/invitations/" + token,
                    invitation.email() != null && mail.enabled()));
        });
    }

    /** The team's invitations that still work (leads only); empty when the account is not in the team. */
    public Optional<List<Invitation>> open(UUID me, UUID teamId) {
        return teams.membership(teamId, me).map(mine -> {
            Teams.requireLead(mine.role(), "see its invitations");
            return invitations.open(teamId, clock.instant());
        });
    }

    /** Revokes an open invitation (leads only): its link stops working at once. */
    @Transactional
    public Outcome<Invitation> revoke(UUID me, UUID teamId, UUID invitationId) {
        Optional<TeamStore.Membership> mine = teams.membership(teamId, me);
        if (mine.isEmpty()) {
            return Outcome.notFound(Teams.NOT_FOUND);
        }
        Teams.requireLead(mine.get().role(), "revoke invitations");
        Optional<Invitation> invitation = invitations.find(teamId, invitationId);
        if (invitation.isEmpty()) {
            return Outcome.notFound("This team has no such invitation.");
        }
        if (!invitations.revoke(teamId, invitationId, clock.instant())) {
            Invitation current = invitations.find(teamId, invitationId).orElse(invitation.get());
            return Outcome.conflict(stateMessage(current, current.state(clock.instant())), current);
        }
        events.publishEvent(new InvitationRevoked(teamId, invitationId, me));
        return Outcome.saved(invitations.find(teamId, invitationId).orElseThrow());
    }

    /** What a link offers, for the person who opened it; not found for a link that never was one. */
    public Outcome<InvitationPreview> preview(UUID me, String token) {
        return byToken(token).map(invitation -> Outcome.saved(preview(me, invitation)))
                .orElseGet(() -> Outcome.notFound(FORGED));
    }

    /**
     * Joins the team in the role offered. Not found for a forged link; a conflict, saying why, for one that no
     * longer works (used, declined, revoked, expired) or for a person already in the team (the link stays usable).
     */
    @Transactional
    public Outcome<InvitationPreview> accept(UUID me, String token) {
        Optional<Invitation> found = byToken(token).flatMap(i -> invitations.lock(i.id()));
        if (found.isEmpty()) {
            return Outcome.notFound(FORGED);
        }
        Invitation invitation = found.get();
        teams.lock(invitation.teamId());
        InvitationPreview preview = preview(me, invitation);
        if (preview.state() != Invitation.State.OPEN) {
            return Outcome.conflict(stateMessage(invitation, preview.state()), preview);
        }
        if (preview.alreadyMember()) {
            return Outcome.conflict("You are already in %s, so there is nothing to accept; the link still works for someone else."
                    .formatted(preview.teamName()), preview);
        }
        Instant now = clock.instant();
        teams.join(invitation.teamId(), me, invitation.role(), now);
        invitations.markUsed(invitation.id(), me, now);
        events.publishEvent(new MemberJoined(invitation.teamId(), me, invitation.role(), invitation.id()));
        return Outcome.saved(preview(me, invitations.lock(invitation.id()).orElseThrow()));
    }

    /** Declines the invitation: its link stops working and the lead sees it is no longer open. */
    @Transactional
    public Outcome<InvitationPreview> decline(UUID me, String token) {
        Optional<Invitation> found = byToken(token).flatMap(i -> invitations.lock(i.id()));
        if (found.isEmpty()) {
            return Outcome.notFound(FORGED);
        }
        Invitation invitation = found.get();
        InvitationPreview preview = preview(me, invitation);
        if (preview.state() != Invitation.State.OPEN) {
            return Outcome.conflict(stateMessage(invitation, preview.state()), preview);
        }
        invitations.markDeclined(invitation.id(), clock.instant());
        events.publishEvent(new InvitationDeclined(invitation.teamId(), invitation.id(), me));
        return Outcome.saved(preview(me, invitations.lock(invitation.id()).orElseThrow()));
    }

    /** Why a link no longer works, in words for the person holding it. */
    public static String stateMessage(Invitation invitation, Invitation.State state) {
        return switch (state) {
            case OPEN -> "This invitation is open.";
            case USED -> "This invitation has already been used: each link works once. Ask the team's lead for a new one.";
            case DECLINED -> "This invitation was declined, so it no longer works. Ask the team's lead for a new one if you changed your mind.";
            case REVOKED -> "The team's lead withdrew this invitation, so it no longer works.";
            case EXPIRED -> "This invitation expired on %s. Ask the team's lead for a new one.".formatted(Display.time(invitation.expiresAt()));
        };
    }

    private InvitationPreview preview(UUID me, Invitation invitation) {
        Team team = teams.find(invitation.teamId()).orElseThrow();
        String inviter = accounts.displayNames(List.of(invitation.createdBy())).getOrDefault(invitation.createdBy(), "A lead of the team");
        return new InvitationPreview(invitation, invitation.state(clock.instant()), team.id(), team.name(), inviter,
                teams.membership(team.id(), me).isPresent());
    }

    private Optional<Invitation> byToken(String token) {
        return TOKEN.matcher(token).matches() ? invitations.byTokenHash(Digests.sha256Hex(token)) : Optional.empty();
    }

    /** 32 random bytes, URL-safe base64 without padding: 43 characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

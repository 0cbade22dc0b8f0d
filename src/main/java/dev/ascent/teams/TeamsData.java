package dev.ascent.teams;

import dev.ascent.accounts.PersonalData;
import dev.ascent.teams.internal.InvitationStore;
import dev.ascent.teams.internal.ReviewStore;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The teams section of an account's export, and its part in erasing the account: the account leaves every
 * team, its invitations go, the reviews it asked for go with their threads, and what it wrote on others' reviews stays
 * without its name ("a former mentor") (see {@link Teams#forget} for who leads a team its only lead left).
 * <p>
 * An import reads the section but restores no membership: being in a team is granted by a lead's
 * invitation, and a file anyone can edit must not let its holder into a team by naming its id.
 * <p>
 * A team's roadmaps ({@link TeamRoadmaps}) are the team's, not personal data: their rows name no account, so they
 * are neither exported nor erased with the lead who wrote them. A member's enrolment and progress on one are the
 * member's, exported and erased by learning like any other.
 */
@Component
@Order(40)
class TeamsData implements PersonalData {

    private final TeamStore teams;
    private final InvitationStore invitations;
    private final Teams facade;
    private final JsonMapper json;
    private final dev.ascent.accounts.Accounts accounts;
    private final LeadViewData leadView;
    private final ReviewStore reviews;

    TeamsData(TeamStore teams, InvitationStore invitations, Teams facade, JsonMapper json, dev.ascent.accounts.Accounts accounts,
              LeadViewData leadView, ReviewStore reviews) {
        this.accounts = accounts;
        this.leadView = leadView;
        this.reviews = reviews;
        this.teams = teams;
        this.invitations = invitations;
        this.facade = facade;
        this.json = json;
    }

    @Override
    public String section() {
        return "teams";
    }

    @Override
    public TeamsExport export(UUID accountId) {
        Map<UUID, String> names = teams.teamsOf(accountId).stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        return new TeamsExport(
                teams.membershipsOf(accountId).stream()
                        .map(m -> new TeamsExport.MembershipRecord(m.teamId(), names.get(m.teamId()), m.role(), m.joinedAt())).toList(),
                invitations.createdBy(accountId).stream()
                        .map(i -> new TeamsExport.InvitationRecord(i.id(), i.teamId(), i.role(), i.email(), i.createdAt(), i.expiresAt(),
                                i.usedAt(), i.declinedAt(), i.revokedAt())).toList(),
                leadView.privacy(accountId), leadView.assignments(accountId),
                reviews.allRequestedBy(accountId).stream().map(r -> new TeamsExport.ReviewRecord(r.id(), r.teamId(), r.kind().name(), r.item(),
                        r.title(), r.state().name(), r.iteration(), r.requestedAt(), r.decidedAt(), r.decidedBy(),
                        reviews.entries(r.id()).stream().map(e -> entry(e, accountId, false)).toList())).toList(),
                reviews.entriesBy(accountId).stream().map(e -> entry(e, accountId, true)).toList());
    }

    private static TeamsExport.EntryRecord entry(ReviewStore.EntryRow e, UUID accountId, boolean withReview) {
        return new TeamsExport.EntryRecord(withReview ? e.reviewId() : null, e.kind(), e.iteration(),
                accountId.equals(e.authorId()) ? "you" : "a mentor", e.body(), e.content().isEmpty() ? null : e.content(),
                e.scores().isEmpty() ? null : e.scores(), e.verdict() == null ? null : e.verdict().name(), e.createdAt());
    }

    @Override
    public void erase(UUID accountId) {
        invitations.forget(accountId, accounts.find(accountId).map(dev.ascent.accounts.Account::email).orElse(null));
        leadView.forget(accountId);
        reviews.forget(accountId);
        facade.forget(accountId);
        leadView.forgetDepartures(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return !teams.membershipsOf(accountId).isEmpty() || invitations.any(accountId) || leadView.holdsData(accountId) || reviews.any(accountId);
    }

    /**
     * Checks the section is in the shape Ascent exports; writes nothing (see the class comment): reviews belong to a
     * team's thread, which a file cannot put back without letting its holder write into that team.
     */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        TeamsExport read;
        try {
            read = json.treeToValue(section, TeamsExport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not in the shape Ascent exports: " + e.getOriginalMessage());
        }
        if (read.memberships().stream().anyMatch(m -> m == null || m.teamId() == null || m.role() == null || m.joinedAt() == null)) {
            throw new IllegalArgumentException("a membership has no team, no role (lead, mentor or member) or no day it began");
        }
        if (read.invitations().stream().anyMatch(i -> i == null || i.id() == null || i.teamId() == null || i.role() == null
                || i.createdAt() == null || i.expiresAt() == null)) {
            throw new IllegalArgumentException("an invitation has no id, team, role (lead, mentor or member), or no time it was made or expires");
        }
        if (read.reviews().stream().anyMatch(r -> r == null || r.id() == null || r.kind() == null || r.requestedAt() == null)) {
            throw new IllegalArgumentException("a review has no id, kind or time it was asked for");
        }
    }
}

package dev.ascent.teams;

import dev.ascent.accounts.Accounts;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Teams and who is in them. Every call names the account it acts for; a team it is not in is not found,
 * and what only leads may do is refused to other members ({@link LeadsOnly}). A team always has a lead
 * while anyone is in it, and is deleted when its last person leaves.
 */
@Service
public class Teams {

    /** Someone left a team; {@code teamDeleted} when they were the last one in it. */
    public record Departure(UUID teamId, boolean teamDeleted) {
    }

    static final String NOT_FOUND = "You are in no such team.";
    static final String NO_MEMBER = "There is no such person in this team.";
    static final String CONFLICT = "The team was changed by someone else since you opened this page. Look at it again and repeat your change.";
    static final String LAST_LEAD_ROLE = "The team needs a lead: make someone else lead first, then change this role.";
    static final String LAST_LEAD_LEAVES = "You are this team's only lead: make someone else lead first, then leave.";

    private final TeamStore store;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final FormErrors formErrors;
    private final Clock clock;

    Teams(TeamStore store, Accounts accounts, ApplicationEventPublisher events, FormErrors formErrors, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** The account's teams, by name, with its role in each and each team's size. */
    public List<TeamSummary> teams(UUID me) {
        return store.teamsOf(me);
    }

    /** A team the account is in, with everyone in it; empty for any other team. */
    public Optional<TeamDetails> team(UUID me, UUID teamId) {
        return store.membership(teamId, me).flatMap(mine -> store.find(teamId).map(team -> details(team, mine.role())));
    }

    /** Everything wrong with a team's name as typed, by field; empty when it can be saved. */
    public Map<String, String> problems(TeamForm form) {
        return formErrors.check(form);
    }

    /** A new team with the account as its first lead. */
    @Transactional
    public Outcome<Team> create(UUID me, TeamForm form) {
        return Outcome.unless(problems(form), () -> {
            Instant now = clock.instant();
            Team team = new Team(UUID.randomUUID(), form.cleanName(), now, 0);
            store.insert(team);
            store.join(team.id(), me, TeamRole.LEAD, now);
            events.publishEvent(new TeamCreated(team.id(), me));
            return Outcome.saved(store.find(team.id()).orElseThrow());
        });
    }

    /** Renames the team (leads only); a conflict when it changed since {@code expectedVersion}. */
    @Transactional
    public Outcome<Team> rename(UUID me, UUID teamId, TeamForm form, int expectedVersion) {
        Optional<TeamRole> role = roleOf(me, teamId);
        if (role.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        requireLead(role.get(), "rename it");
        return Outcome.unless(problems(form), () -> {
            if (!store.rename(teamId, form.cleanName(), expectedVersion)) {
                return Outcome.conflict(CONFLICT, store.find(teamId).orElse(null));
            }
            events.publishEvent(new TeamRenamed(teamId, form.cleanName(), me));
            return Outcome.saved(store.find(teamId).orElseThrow());
        });
    }

    /** Gives a member another role (leads only); the team is never left without a lead. */
    @Transactional
    public Outcome<TeamDetails> changeRole(UUID me, UUID teamId, UUID accountId, TeamRoleChange change, int expectedVersion) {
        Optional<Team> team = store.lock(teamId);
        Optional<TeamRole> mine = team.flatMap(t -> roleOf(me, teamId));
        if (mine.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        requireLead(mine.get(), "change roles");
        Map<String, String> errors = formErrors.check(change);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        var target = store.membership(teamId, accountId);
        if (target.isEmpty()) {
            return Outcome.notFound(NO_MEMBER);
        }
        if (team.get().version() != expectedVersion) {
            return Outcome.conflict(CONFLICT, details(team.get(), mine.get()));
        }
        TeamRole from = target.get().role();
        TeamRole to = java.util.Objects.requireNonNull(change.role());
        if (from == TeamRole.LEAD && to != TeamRole.LEAD && leads(teamId) == 1) {
            return Outcome.invalid("role", LAST_LEAD_ROLE);
        }
        if (from != to) {
            store.changeRole(teamId, accountId, to);
            store.touch(teamId);
            events.publishEvent(new MemberRoleChanged(teamId, accountId, from, to, me));
        }
        return Outcome.saved(team(me, teamId).orElseThrow());
    }

    /** Removes someone else from the team (leads only; a lead leaves rather than removes themself). */
    @Transactional
    public Outcome<TeamDetails> remove(UUID me, UUID teamId, UUID accountId) {
        Optional<TeamRole> mine = store.lock(teamId).flatMap(t -> roleOf(me, teamId));
        if (mine.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        requireLead(mine.get(), "remove people");
        if (accountId.equals(me)) {
            return Outcome.invalid("member", "You cannot remove yourself; leave the team instead.");
        }
        if (!store.leave(teamId, accountId)) {
            return Outcome.notFound(NO_MEMBER);
        }
        events.publishEvent(new MemberRemoved(teamId, accountId, me));
        return Outcome.saved(team(me, teamId).orElseThrow());
    }

    /** Leaves the team. Its only lead stays while others remain; the last person out deletes the team. */
    @Transactional
    public Outcome<Departure> leave(UUID me, UUID teamId) {
        Optional<TeamRole> mine = store.lock(teamId).flatMap(t -> roleOf(me, teamId));
        if (mine.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        List<TeamStore.Membership> members = store.members(teamId);
        if (members.size() > 1 && mine.get() == TeamRole.LEAD && leads(members) == 1) {
            return Outcome.invalid("team", LAST_LEAD_LEAVES);
        }
        store.leave(teamId, me);
        events.publishEvent(new MemberLeft(teamId, me));
        if (members.size() == 1) {
            store.delete(teamId);
            events.publishEvent(new TeamDeleted(teamId));
        }
        return Outcome.saved(new Departure(teamId, members.size() == 1));
    }

    /** The account's role in the team, if it is in it. */
    public Optional<TeamRole> roleOf(UUID me, UUID teamId) {
        return store.membership(teamId, me).map(TeamStore.Membership::role);
    }

    /**
     * Erasure of an account: it leaves every team. A team left empty is deleted; a team whose only lead it was
     * gets the longest-standing mentor as lead, or else the longest-standing member.
     */
    void forget(UUID accountId) {
        for (TeamStore.Membership membership : store.membershipsOf(accountId)) {
            UUID teamId = membership.teamId();
            store.lock(teamId);
            store.leave(teamId, accountId);
            events.publishEvent(new MemberLeft(teamId, accountId));
            List<TeamStore.Membership> rest = store.members(teamId);
            if (rest.isEmpty()) {
                store.delete(teamId);
                events.publishEvent(new TeamDeleted(teamId));
            } else if (leads(rest) == 0) {
                TeamStore.Membership successor = rest.stream()
                        .min(Comparator.comparing((TeamStore.Membership m) -> m.role() == TeamRole.MENTOR ? 0 : 1)
                                .thenComparing(TeamStore.Membership::joinedAt).thenComparing(TeamStore.Membership::accountId))
                        .orElseThrow();
                store.changeRole(teamId, successor.accountId(), TeamRole.LEAD);
                store.touch(teamId);
                events.publishEvent(new MemberRoleChanged(teamId, successor.accountId(), successor.role(), TeamRole.LEAD, null));
            }
        }
    }

    static void requireLead(TeamRole role, String what) {
        if (role != TeamRole.LEAD) {
            throw new LeadsOnly(what);
        }
    }

    private long leads(UUID teamId) {
        return leads(store.members(teamId));
    }

    private static long leads(List<TeamStore.Membership> members) {
        return members.stream().filter(m -> m.role() == TeamRole.LEAD).count();
    }

    private TeamDetails details(Team team, TeamRole myRole) {
        List<TeamStore.Membership> members = store.members(team.id());
        Map<UUID, String> names = accounts.displayNames(members.stream().map(TeamStore.Membership::accountId).toList());
        return new TeamDetails(team, myRole, members.stream()
                .map(m -> new Member(m.accountId(), names.getOrDefault(m.accountId(), "A former member"), m.role(), m.joinedAt()))
                .toList());
    }
}

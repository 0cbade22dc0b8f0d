package dev.ascent.teams;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The teams facade as a specification: who may do what to a team, what an invitation link does, and what each change announces. */
@SpringBootTest
@RecordApplicationEvents
class TeamsTests {

    @Autowired
    Teams teams;

    @Autowired
    Invitations invitations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-')), WebSession.PASSWORD, "test").value().id();
    }

    static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).as("saved").isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).value();
    }

    private Team team(UUID lead, String name) {
        return saved(teams.create(lead, new TeamForm(name)));
    }

    /** The token of a new invitation's link. */
    private String invite(UUID lead, UUID teamId, TeamRole role) {
        String path = saved(invitations.invite(lead, teamId, new InvitationForm(role, null))).path();
        return path.substring("/invitations/".length());
    }

    private UUID joined(UUID lead, UUID teamId, String name, TeamRole role) {
        UUID id = person(name);
        saved(invitations.accept(id, invite(lead, teamId, role)));
        return id;
    }

    @Test
    void theCreatorLeadsTheNewTeamAndSeesItAmongTheirTeams() {
        UUID lead = person("Lena Lead");

        Team team = team(lead, "  Payments backend ");

        assertThat(team.name()).isEqualTo("Payments backend");
        assertThat(teams.teams(lead)).singleElement().satisfies(t -> {
            assertThat(t.myRole()).isEqualTo(TeamRole.LEAD);
            assertThat(t.memberCount()).isEqualTo(1);
        });
        assertThat(events.stream(TeamCreated.class)).contains(new TeamCreated(team.id(), lead));
    }

    @Test
    void aNameMustBeThereAndShortAndPrintable() {
        UUID lead = person("Nina Names");

        assertThat(teams.create(lead, new TeamForm(" ")).fieldErrors()).containsKey("name");
        assertThat(teams.create(lead, new TeamForm("x".repeat(81))).fieldErrors().get("name")).contains("at most 80 characters");
        assertThat(teams.create(lead, new TeamForm("bell\u0007")).fieldErrors()).containsKey("name");
        assertThat(teams.teams(lead)).isEmpty();
    }

    @Test
    void anInvitationLinkAddsTheOpenerWithTheOfferedRoleOnceOnly() {
        UUID lead = person("Ivy Inviter");
        Team team = team(lead, "Platform");
        String token = invite(lead, team.id(), TeamRole.MENTOR);
        UUID mentor = person("Max Mentor");
        UUID late = person("Lou Late");

        InvitationPreview preview = saved(invitations.preview(mentor, token));
        InvitationPreview accepted = saved(invitations.accept(mentor, token));
        Outcome<InvitationPreview> again = invitations.accept(late, token);

        assertThat(preview.teamName()).isEqualTo("Platform");
        assertThat(preview.invitedBy()).isEqualTo("Ivy Inviter");
        assertThat(accepted.state()).isEqualTo(Invitation.State.USED);
        assertThat(teams.roleOf(mentor, team.id())).contains(TeamRole.MENTOR);
        assertThat(again).isInstanceOf(Outcome.Conflict.class);
        assertThat(((Outcome.Conflict<InvitationPreview>) again).message()).contains("already been used");
        assertThat(teams.roleOf(late, team.id())).isEmpty();
        assertThat(events.stream(MemberJoined.class)).anyMatch(e -> e.accountId().equals(mentor) && e.role() == TeamRole.MENTOR);
        assertThat(jdbc.sql("select count(*) from teams.invitations where token_hash = :t").param("t", token).query(Integer.class).single())
                .as("the secret itself is never stored").isZero();
    }

    @Test
    void expiredRevokedDeclinedAndForgedLinksSayWhichAndAddNobody() {
        UUID lead = person("Rita Revoker");
        Team team = team(lead, "Search");
        UUID someone = person("Sam Someone");
        String expired = invite(lead, team.id(), TeamRole.MEMBER);
        jdbc.sql("update teams.invitations set expires_at = now() - interval '1 minute' where team_id = :t").param("t", team.id()).update();
        String revoked = invite(lead, team.id(), TeamRole.MEMBER);
        UUID revokedId = saved(invitations.preview(lead, revoked)).invitation().id();
        saved(invitations.revoke(lead, team.id(), revokedId));
        String declined = invite(lead, team.id(), TeamRole.MEMBER);
        saved(invitations.decline(someone, declined));

        assertThat(message(invitations.accept(someone, expired))).contains("expired");
        assertThat(message(invitations.accept(someone, revoked))).contains("withdrew");
        assertThat(message(invitations.accept(someone, declined))).contains("declined");
        assertThat(invitations.accept(someone, "forged-" + "x".repeat(36))).isInstanceOf(Outcome.NotFound.class);
        assertThat(invitations.accept(someone, "short")).isInstanceOf(Outcome.NotFound.class);
        assertThat(teams.roleOf(someone, team.id())).isEmpty();
        assertThat(invitations.open(lead, team.id()).orElseThrow()).as("none of them is open").isEmpty();
        assertThat(events.stream(InvitationRevoked.class)).anyMatch(e -> e.invitationId().equals(revokedId));
        assertThat(events.stream(InvitationDeclined.class)).anyMatch(e -> e.declinedBy().equals(someone));
    }

    @Test
    void someoneAlreadyInTheTeamIsToldSoAndTheLinkStaysUsable() {
        UUID lead = person("Al Already");
        Team team = team(lead, "Already");
        String token = invite(lead, team.id(), TeamRole.MEMBER);

        Outcome<InvitationPreview> outcome = invitations.accept(lead, token);

        assertThat(message(outcome)).contains("already in Already");
        assertThat(saved(invitations.preview(lead, token)).state()).isEqualTo(Invitation.State.OPEN);
    }

    @Test
    void onlyLeadsInviteRenameRemoveAndChangeRolesAndOutsidersFindNoTeam() {
        UUID lead = person("Lars Lead");
        Team team = team(lead, "Rules");
        UUID member = joined(lead, team.id(), "Mia Member", TeamRole.MEMBER);
        UUID outsider = person("Otto Outsider");
        team(outsider, "Elsewhere");

        assertThatThrownBy(() -> invitations.invite(member, team.id(), new InvitationForm(TeamRole.MEMBER, null)))
                .isInstanceOf(LeadsOnly.class).hasMessageContaining("Only a lead of this team can invite people");
        assertThatThrownBy(() -> teams.rename(member, team.id(), new TeamForm("Mine"), 0)).isInstanceOf(LeadsOnly.class);
        assertThatThrownBy(() -> teams.remove(member, team.id(), lead)).isInstanceOf(LeadsOnly.class);
        assertThatThrownBy(() -> teams.changeRole(member, team.id(), member, new TeamRoleChange(TeamRole.LEAD), 0)).isInstanceOf(LeadsOnly.class);
        assertThat(invitations.invite(outsider, team.id(), new InvitationForm(TeamRole.MEMBER, null))).isInstanceOf(Outcome.NotFound.class);
        assertThat(teams.rename(outsider, team.id(), new TeamForm("Taken"), 0)).isInstanceOf(Outcome.NotFound.class);
        assertThat(teams.remove(outsider, team.id(), member)).isInstanceOf(Outcome.NotFound.class);
        assertThat(teams.leave(outsider, team.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(teams.team(outsider, team.id())).isEmpty();
        assertThat(invitations.open(outsider, team.id())).isEmpty();
        assertThat(teams.roleOf(member, team.id())).contains(TeamRole.MEMBER);
    }

    @Test
    void theTeamNeverLosesItsLastLead() {
        UUID lead = person("Lone Lead");
        Team team = team(lead, "Leadership");
        UUID member = joined(lead, team.id(), "Mo Member", TeamRole.MEMBER);

        Outcome<TeamDetails> demoted = teams.changeRole(lead, team.id(), lead, new TeamRoleChange(TeamRole.MEMBER), team.version());
        Outcome<Teams.Departure> left = teams.leave(lead, team.id());
        Outcome<TeamDetails> removedSelf = teams.remove(lead, team.id(), lead);

        assertThat(demoted.fieldErrors().get("role")).contains("make someone else lead first");
        assertThat(left.fieldErrors().get("team")).contains("make someone else lead first, then leave");
        assertThat(removedSelf.fieldErrors().get("member")).contains("leave the team instead");
        assertThat(teams.roleOf(lead, team.id())).contains(TeamRole.LEAD);

        saved(teams.changeRole(lead, team.id(), member, new TeamRoleChange(TeamRole.LEAD), team.version()));
        int version = teams.team(lead, team.id()).orElseThrow().team().version();
        saved(teams.changeRole(lead, team.id(), lead, new TeamRoleChange(TeamRole.MENTOR), version));
        saved(teams.leave(lead, team.id()));

        assertThat(teams.team(member, team.id()).orElseThrow().members()).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(TeamRole.LEAD));
        assertThat(events.stream(MemberRoleChanged.class)).anyMatch(e -> e.accountId().equals(member) && e.to() == TeamRole.LEAD);
        assertThat(events.stream(MemberLeft.class)).contains(new MemberLeft(team.id(), lead));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        UUID lead = person("Vera Version");
        Team team = team(lead, "Versions");
        UUID member = joined(lead, team.id(), "Val Member", TeamRole.MEMBER);
        saved(teams.rename(lead, team.id(), new TeamForm("Versions 2"), team.version()));

        Outcome<Team> staleRename = teams.rename(lead, team.id(), new TeamForm("Versions 3"), team.version());
        Outcome<TeamDetails> staleRole = teams.changeRole(lead, team.id(), member, new TeamRoleChange(TeamRole.MENTOR), team.version());

        assertThat(staleRename).isInstanceOf(Outcome.Conflict.class);
        assertThat(staleRole).isInstanceOf(Outcome.Conflict.class);
        assertThat(teams.team(lead, team.id()).orElseThrow().team().name()).isEqualTo("Versions 2");
        assertThat(teams.roleOf(member, team.id())).contains(TeamRole.MEMBER);
    }

    @Test
    void theLastPersonOutDeletesTheTeamAndRemovedPeopleLoseItAtOnce() {
        UUID lead = person("Fay Final");
        Team team = team(lead, "Short-lived");
        UUID member = joined(lead, team.id(), "Rex Removed", TeamRole.MEMBER);

        saved(teams.remove(lead, team.id(), member));
        Teams.Departure departure = saved(teams.leave(lead, team.id()));

        assertThat(teams.team(member, team.id())).isEmpty();
        assertThat(departure.teamDeleted()).isTrue();
        assertThat(jdbc.sql("select count(*) from teams.teams where id = :t").param("t", team.id()).query(Integer.class).single()).isZero();
        assertThat(events.stream(MemberRemoved.class)).contains(new MemberRemoved(team.id(), member, lead));
        assertThat(events.stream(TeamDeleted.class)).contains(new TeamDeleted(team.id()));
    }

    @Test
    void onePersonCanBeInSeveralTeamsWithADifferentRoleInEach() {
        UUID a = person("Ann Alpha");
        UUID b = person("Bo Beta");
        Team alpha = team(a, "Alpha");
        Team beta = team(b, "Beta");
        UUID both = person("Cy Both");
        saved(invitations.accept(both, invite(a, alpha.id(), TeamRole.MENTOR)));
        saved(invitations.accept(both, invite(b, beta.id(), TeamRole.MEMBER)));

        assertThat(teams.teams(both)).extracting(TeamSummary::name, TeamSummary::myRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha", TeamRole.MENTOR), org.assertj.core.groups.Tuple.tuple("Beta", TeamRole.MEMBER));
    }

    @Test
    void anInvitationNeedsARoleAndAnAddressThatIsOne() {
        UUID lead = person("Em Email");
        Team team = team(lead, "Mail");

        Map<String, String> errors = invitations.invite(lead, team.id(), new InvitationForm(null, "not an address")).fieldErrors();

        assertThat(errors).containsKeys("role", "email");
        assertThat(invitations.open(lead, team.id()).orElseThrow()).isEmpty();
    }

    @Autowired
    TeamsData data;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private void erase(UUID accountId) {
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> data.erase(accountId));
    }

    @Test
    void erasingTheOnlyLeadHandsTheTeamToTheLongestStandingMentorElseMember() throws Exception {
        UUID lead = person("Ed Erased");
        Team withMentor = team(lead, "With mentor");
        UUID firstMember = joined(lead, withMentor.id(), "Fred First", TeamRole.MEMBER);
        Thread.sleep(5);
        UUID mentor = joined(lead, withMentor.id(), "Meg Mentor", TeamRole.MENTOR);
        Thread.sleep(5);
        joined(lead, withMentor.id(), "Mark Later Mentor", TeamRole.MENTOR);
        Team membersOnly = team(lead, "Members only");
        UUID oldest = joined(lead, membersOnly.id(), "Olga Oldest", TeamRole.MEMBER);
        Thread.sleep(5);
        joined(lead, membersOnly.id(), "Nat Newer", TeamRole.MEMBER);
        Team alone = team(lead, "Alone");
        invite(lead, alone.id(), TeamRole.MEMBER);

        erase(lead);

        assertThat(teams.roleOf(mentor, withMentor.id())).contains(TeamRole.LEAD);
        assertThat(teams.roleOf(firstMember, withMentor.id())).contains(TeamRole.MEMBER);
        assertThat(teams.team(mentor, withMentor.id()).orElseThrow().members()).hasSize(3).noneMatch(m -> m.accountId().equals(lead));
        assertThat(teams.roleOf(oldest, membersOnly.id())).contains(TeamRole.LEAD);
        assertThat(jdbc.sql("select count(*) from teams.teams where id = :t").param("t", alone.id()).query(Integer.class).single())
                .as("a team left empty is deleted").isZero();
        assertThat(jdbc.sql("select count(*) from teams.invitations where created_by = :a").param("a", lead).query(Integer.class).single()).isZero();
        assertThat(data.holdsData(lead)).isFalse();
    }

    @Test
    void theExportListsTeamsAndInvitationsAndAnImportGrantsNoMembership() {
        UUID lead = person("Xena Export");
        Team team = team(lead, "Exported");
        invite(lead, team.id(), TeamRole.MENTOR);

        TeamsExport export = data.export(lead);
        UUID fresh = person("Fresh Import");
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status ->
                data.restore(fresh, new tools.jackson.databind.json.JsonMapper().valueToTree(export)));

        assertThat(export.memberships()).singleElement().satisfies(m -> {
            assertThat(m.teamName()).isEqualTo("Exported");
            assertThat(m.role()).isEqualTo(TeamRole.LEAD);
        });
        assertThat(export.invitations()).singleElement().satisfies(i -> assertThat(i.role()).isEqualTo(TeamRole.MENTOR));
        assertThat(data.holdsData(lead)).isTrue();
        assertThat(teams.teams(fresh)).as("being in a team is granted by a lead, never by a file").isEmpty();
        assertThatThrownBy(() -> data.restore(fresh, new tools.jackson.databind.json.JsonMapper().readTree("{\"memberships\":[{\"role\":\"KING\"}]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String message(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
        return ((Outcome.Conflict<?>) outcome).message();
    }
}

package dev.ascent.accounts;

import dev.ascent.platform.Outcome;
import dev.ascent.accounts.internal.Portability;
import dev.ascent.accounts.internal.Administration;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.AttemptForm;
import dev.ascent.practice.DecisionForm;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A person's right to their data: one export with everything Ascent keeps about them (and no
 * secrets), and deletion that leaves no trace of the account anywhere in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataExportAndErasureTests {

    /** Every schema Ascent's migrations create tables in. */
    static final List<String> SCHEMAS = List.of("accounts", "catalog", "learning", "planning", "practice", "teams", "public");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Administration administration;

    @Autowired
    Portability portability;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Practice practice;

    @Autowired
    DecisionJournal decisions;

    @Autowired
    dev.ascent.learning.Learning learning;

    @Autowired
    dev.ascent.learning.Replanning replanning;

    /** A finished attempt (its completion is an event that names the account) and a decision record. */
    private void practise(UUID accountId) {
        Attempt attempt = practice.start(accountId, "retry-storm").orElseThrow();
        Scenario scenario = practice.scenario("retry-storm").orElseThrow();
        List<AttemptForm> steps = List.of(
                new AttemptForm("Retries keep the service down", "Which layers retry and how often?", null, null, null, null, null, null, Map.of(), null),
                new AttemptForm(null, null, "cut-amplification-and-degrade", null, null, null, null, null, Map.of(), null),
                new AttemptForm(null, null, null, null, null, null, "Cut the amplification. Because retries triple the load.",
                        "Errors fall within minutes, prices may be stale", Map.of(), null),
                new AttemptForm(null, null, null, null, null, null, null, null,
                        scenario.rubric().stream().collect(java.util.stream.Collectors.toMap(Scenario.Criterion::id, c -> 3)), null));
        for (AttemptForm step : steps) {
            attempt = ((dev.ascent.platform.Outcome.Saved<dev.ascent.practice.Practice.Submitted>) practice.submit(accountId, attempt.id(), step,
                    attempt.version())).value().attempt();
        }
        assertThat(attempt.done()).isTrue();
        assertThat(decisions.create(accountId, new DecisionForm("Queue the e-mails", dev.ascent.practice.DecisionRecord.Status.ACCEPTED, null,
                "Checkout waits on mail.", null, null, "Queue them.", null, "erase-me", List.of(), null)).isSaved()).isTrue();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    // ---------------------------------------------------------------- export

    @Test
    void theApiExportHoldsTheAccountItsTokensAndItsSecurityEventsButNoSecrets() throws Exception {
        String email = WebSession.uniqueEmail("erin");
        UUID id = accounts.signUp("Erin Export", email, PASSWORD, "test").value().id();
        var created = accounts.createToken(id, "export script", "READ", "test").value();
        Instant before = Instant.now();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me/export"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + created.secret()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode export = json.readTree(response.body());
        assertThat(export.propertyNames()).startsWith("format", "exportedAt", "account", "apiTokens", "securityEvents");
        assertThat(export.get("format").asString()).isEqualTo("ascent/export@1");
        assertThat(Instant.parse(export.get("exportedAt").asString())).isBetween(before.minusSeconds(1), Instant.now());

        JsonNode account = export.get("account");
        assertThat(account.get("id").asString()).isEqualTo(id.toString());
        assertThat(account.get("email").asString()).isEqualTo(email);
        assertThat(account.get("displayName").asString()).isEqualTo("Erin Export");
        assertThat(account.get("role").asString()).isEqualTo("LEARNER");
        assertThat(account.get("enabled").asBoolean()).isTrue();

        assertThat(export.get("apiTokens").size()).isEqualTo(1);
        JsonNode token = export.get("apiTokens").get(0);
        assertThat(token.get("id").asString()).isEqualTo(created.token().id().toString());
        assertThat(token.get("name").asString()).isEqualTo("export script");
        assertThat(token.get("prefix").asString()).isEqualTo(created.secret().substring(0, 10));
        assertThat(token.get("scope").asString()).isEqualTo("READ");

        assertThat(export.get("securityEvents").valueStream().map(event -> event.get("type").asString()))
                .containsExactly("TOKEN_CREATED", "SIGNED_UP");
        assertThat(export.get("securityEvents").valueStream().map(event -> event.get("accountId").asString()))
                .containsOnly(id.toString());

        assertThat(response.body())
                .doesNotContain(created.secret())
                .doesNotContain(sha256(created.secret()))
                .doesNotContain("token_hash").doesNotContain("tokenHash")
                .doesNotContain("password_hash").doesNotContain("passwordHash").doesNotContain("$argon2")
                .doesNotContain("\"secret\"");
        assertThat(auditTypes(id)).as("the export itself is recorded").containsExactly("SIGNED_UP", "TOKEN_CREATED", "DATA_EXPORTED");
    }

    @Test
    void thePageOffersTheExportAsADownload() throws Exception {
        String email = WebSession.uniqueEmail("download");
        WebSession browser = browser().signUp("Dan Download", email, PASSWORD);

        var download = browser.get("/account/export");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"ascent-export-\\d{4}-\\d{2}-\\d{2}\\.json\"");
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(download.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode export = json.readTree(download.body());
        assertThat(export.get("format").asString()).isEqualTo("ascent/export@1");
        assertThat(export.get("account").get("email").asString()).isEqualTo(email);
        assertThat(export.get("apiTokens").size()).isZero();
    }

    // ---------------------------------------------------------------- erasure

    @Test
    void deletingWithTheWrongPasswordDeletesNothing() {
        String email = WebSession.uniqueEmail("keep");
        WebSession browser = browser().signUp("Kay Keep", email, PASSWORD);
        UUID id = idOf(email);
        accounts.createToken(id, "keep me", "READ", "test");

        var refused = browser.post("/account", "/account/delete", Map.of("password", "not my password at all"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<small class=\"field-error\">That is not your password; nothing was deleted.</small>");
        assertThat(accounts.find(id)).isPresent();
        assertThat(accounts.tokens(id)).hasSize(1);
        assertThat(auditTypes(id)).containsExactly("SIGNED_UP", "TOKEN_CREATED");
        assertThat(browser.get("/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Autowired
    dev.ascent.teams.Teams teams;

    @Autowired
    dev.ascent.teams.Invitations invitations;

    /** The account leads a team it invited someone to, and joined another team through a link it used (mailed to its address). */
    private void joinTeams(UUID id, String email) {
        var own = ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.Team>) teams.create(id, new dev.ascent.teams.TeamForm("Erased team"))).value();
        assertThat(invitations.invite(id, own.id(), new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MENTOR, null)).isSaved()).isTrue();
        UUID lead = accounts.signUp("Other Lead", WebSession.uniqueEmail("other-lead"), PASSWORD, "test").value().id();
        var theirs = ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.Team>) teams.create(lead, new dev.ascent.teams.TeamForm("Their team"))).value();
        String link = ((dev.ascent.platform.Outcome.Saved<dev.ascent.teams.InvitationLink>) invitations.invite(lead, theirs.id(),
                new dev.ascent.teams.InvitationForm(dev.ascent.teams.TeamRole.MEMBER, email))).value().path();
        assertThat(invitations.accept(id, link.substring(link.lastIndexOf('/') + 1)).isSaved()).isTrue();
    }

    @Test
    void deletingTheAccountLeavesNoTraceOfItInAnyTable() throws Exception {
        String email = WebSession.uniqueEmail("eve-erase");
        WebSession laptop = browser().signUp("Eve Erase", email, PASSWORD);
        UUID id = idOf(email);
        String secret = accounts.createToken(id, "erase me", "READ_WRITE", "test").value().secret();
        practise(id);
        joinTeams(id, email);
        WebSession phone = browser();
        assertThat(WebSession.target(phone.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");
        assertThat(tablesMentioning(id.toString())).as("the search finds the account while it exists")
                .contains("accounts.accounts", "accounts.api_tokens", "accounts.audit_events", "practice.attempts", "practice.decisions",
                        "teams.memberships", "teams.invitations");
        assertThat(tablesMentioning(email)).contains("accounts.accounts", "public.spring_session", "teams.invitations");
        long lastEvent = jdbc.sql("select coalesce(max(id), 0) from accounts.audit_events").query(Long.class).single();
        UUID enrollment = ((dev.ascent.platform.Outcome.Saved<dev.ascent.learning.Enrollment>) learning.enroll(id, "senior-judgment",
                new dev.ascent.learning.EnrollmentForm(null, 6))).value().id();
        replanning.change(id, enrollment, new dev.ascent.learning.PaceChange(null, 9, null, 0));
        assertThat(tablesMentioning(enrollment.toString())).as("the re-planning is kept")
                .contains("learning.enrollments", "learning.enrollment_changes");

        var deleted = laptop.post("/account", "/account/delete", Map.of("password", PASSWORD));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(deleted)).isEqualTo("/?account-deleted");
        assertThat(tablesMentioning(id.toString())).as("tables that still mention the account id").isEmpty();
        assertThat(tablesMentioning(email)).as("tables that still mention the email").isEmpty();
        assertThat(tablesMentioning(enrollment.toString())).as("tables that still mention the enrolment").isEmpty();
        List<Map<String, Object>> deletions = jdbc.sql("""
                        select account_id, detail from accounts.audit_events
                        where type = 'ACCOUNT_DELETED' and id > :last""")
                .param("last", lastEvent).query().listOfRows();
        assertThat(deletions).singleElement().satisfies(row -> {
            assertThat(row.get("account_id")).isNull();
            assertThat(row.get("detail")).isEqualTo("an account and all its data were erased");
        });

        for (WebSession browser : List.of(laptop, phone)) {
            var account = browser.get("/account");
            assertThat(account.statusCode()).as("every session ended").isEqualTo(302);
            assertThat(WebSession.target(account)).isEqualTo("/sign-in");
        }
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + secret).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("its tokens are gone").isEqualTo(401);
        assertThat(WebSession.target(browser().signIn(email, PASSWORD))).isEqualTo("/sign-in?error=credentials");
    }

    @Test
    void theOnlyAdministratorCannotDeleteTheirAccount() {
        String email = WebSession.uniqueEmail("solo-admin");
        UUID admin = accounts.signUp("Solo Admin", email, PASSWORD, "test").value().id();
        assertThat(administration.setRole(admin, admin, new RoleChange(Role.ADMIN), "test").isSaved()).isTrue();

        // Other test classes share this database and may have administrators of their own: disable them
        // inside a transaction that is rolled back, so this account is the only administrator just here.
        var refused = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("update accounts.accounts set enabled = false where role = 'ADMIN' and id <> :id").param("id", admin).update();
            return portability.delete(admin, new AccountDeletion(PASSWORD), "test");
        });

        assertThat(refused.fieldErrors()).containsExactly(
                entry("password", "You are the only administrator. Make someone else an administrator first."));
        assertThat(accounts.find(admin)).isPresent();

        UUID second = accounts.signUp("Second Admin", WebSession.uniqueEmail("second-admin"), PASSWORD, "test").value().id();
        assertThat(administration.setRole(admin, second, new RoleChange(Role.ADMIN), "test").isSaved()).isTrue();
        var deleted = portability.delete(admin, new AccountDeletion(PASSWORD), "test");

        assertThat(deleted).isEqualTo(Outcome.saved(admin));
        assertThat(accounts.find(admin)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Every table in Ascent's schemas with a row whose text mentions the needle, as "schema.table";
     * binary columns (serialised sessions) are searched byte-wise, as "schema.table.column".
     */
    private List<String> tablesMentioning(String needle) {
        List<String> tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_schema in (:schemas) and table_type = 'BASE TABLE' order by 1""")
                .param("schemas", SCHEMAS).query(String.class).list();
        assertThat(tables).contains("accounts.accounts", "accounts.audit_events", "catalog.roadmaps", "public.spring_session");
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            long rows = jdbc.sql("select count(*) from " + quoted(table) + " t where t::text ilike '%' || :needle || '%'")
                    .param("needle", needle).query(Long.class).single();
            if (rows > 0) {
                found.add(table);
            }
        }
        List<Map<String, Object>> binaryColumns = jdbc.sql("""
                        select table_schema, table_name, column_name from information_schema.columns
                        where table_schema in (:schemas) and data_type = 'bytea' order by 1, 2, 3""")
                .param("schemas", SCHEMAS).query().listOfRows();
        for (Map<String, Object> column : binaryColumns) {
            String table = column.get("table_schema") + "." + column.get("table_name");
            String name = (String) column.get("column_name");
            long rows = jdbc.sql("select count(*) from " + quoted(table) + " where position(convert_to(:needle, 'UTF8') in "
                            + "\"" + name + "\") > 0")
                    .param("needle", needle).query(Long.class).single();
            if (rows > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private static String quoted(String table) {
        String[] parts = table.split("\\.", 2);
        return "\"" + parts[0] + "\".\"" + parts[1] + "\"";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private WebSession browser() {
        return new WebSession(port);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private UUID idOf(String email) {
        return jdbc.sql("select id from accounts.accounts where email = :email").param("email", email).query(UUID.class).single();
    }

    private List<String> auditTypes(UUID accountId) {
        return jdbc.sql("select type from accounts.audit_events where account_id = :id order by id").param("id", accountId)
                .query(String.class).list();
    }
}

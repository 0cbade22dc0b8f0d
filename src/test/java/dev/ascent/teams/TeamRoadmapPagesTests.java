package dev.ascent.teams;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team roadmaps in the pages and the API, on a team with real people: a lead forks, checks, sees changes and
 * publishes; the catalog's pages, API and source show the roadmap to the team only (404 to anyone else, exactly
 * like an unknown id, and never cached publicly); bad input answers with the form and the problem, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamRoadmapPagesTests {

    private static final Pattern TEXTAREA = Pattern.compile("<textarea id=\"yaml\"[^>]*>([\\s\\S]*?)</textarea>");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record Person(WebSession web, UUID id) {
    }

    Person lead;
    Person member;
    Person outsider;
    UUID team;
    String base;
    String id;

    private Person person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", ""));
        WebSession web = new WebSession(port).signUp(name, email, WebSession.PASSWORD);
        UUID accountId = jdbc.sql("select id from accounts.accounts where email = :e").param("e", email.toLowerCase()).query(UUID.class).single();
        return new Person(web, accountId);
    }

    @BeforeEach
    void team() {
        lead = person("Lara Lead");
        member = person("Milo Member");
        outsider = person("Olive Outsider");
        team = fixtures.team(lead.id(), "Payments guild");
        fixtures.join(lead.id(), team, member.id(), TeamRole.MEMBER);
        base = "/teams/" + team + "/roadmaps";
        id = "payments-path-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private String fork() {
        HttpResponse<String> made = lead.web().post(base, base, Map.of("from", "senior-judgment", "id", id, "title", "Payments path"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
        assertThat(WebSession.target(made)).isEqualTo(base + "/" + id + "?started");
        return base + "/" + id;
    }

    private HttpResponse<String> edit(String editor, String action, String text, String version) {
        Map<String, String> form = new HashMap<>(Map.of("action", action, "yaml", text));
        if (version != null) {
            form.put("version", version);
        }
        return lead.web().post(editor, editor, form);
    }

    @Test
    void aLeadForksChecksSeesTheChangesAndPublishesAndTheMemberOpensIt() {
        String editor = fork();
        String page = lead.web().get(editor + "?started").body();
        assertThat(page).contains("Roadmap started.", "Payments path", "forked from senior-judgment", "Not published yet", "Check", "Show changes",
                "Save draft", "Publish", "class=\"line-numbers\"");
        Matcher area = TEXTAREA.matcher(page);
        assertThat(area.find()).isTrue();
        String text = unescape(area.group(1));
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).isTrue();

        HttpResponse<String> broken = edit(editor, "check", text.replace("kind: theory", "kind: lecture"), version.group(1));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("problem", "data-goto-line=\"", "kind").doesNotContain("null");
        assertThat(TEXTAREA.matcher(broken.body()).results().findFirst().orElseThrow().group(1)).contains("kind: lecture");

        HttpResponse<String> changes = edit(editor, "changes", text, version.group(1));
        assertThat(changes.statusCode()).isEqualTo(200);
        assertThat(changes.body()).contains("Against the roadmap “senior-judgment” as it was forked", "diff-added", "diff-removed", "id: " + id);

        HttpResponse<String> published = edit(editor, "publish", text, version.group(1));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        assertThat(WebSession.target(published)).isEqualTo(editor + "?published=1");
        assertThat(lead.web().get(editor + "?published=1").body()).contains("Published version 1 for the team.", "Version 1 published");

        String list = member.web().get(base).body();
        assertThat(list).contains("Published for the team", "Payments path", "href=\"/roadmaps/" + id + "\"", "href=\"/learn/start/" + id + "\"")
                .doesNotContain(">Edit<", "Start a team roadmap");
        assertThat(member.web().get("/roadmaps/" + id).statusCode()).isEqualTo(200);
        assertThat(member.web().get("/learn/start/" + id).statusCode()).isEqualTo(200);
        assertThat(member.web().get(editor).statusCode()).as("the editor is the leads'").isEqualTo(403);
        assertThat(member.web().post(editor, editor, Map.of("action", "publish", "yaml", text, "version", "0")).statusCode()).isEqualTo(403);
    }

    @Test
    void theCatalogShowsATeamRoadmapToTheTeamOnlyAndNeverCachesItPublicly() {
        String editor = fork();
        String text = unescape(TEXTAREA.matcher(lead.web().get(editor).body()).results().findFirst().orElseThrow().group(1));
        assertThat(edit(editor, "publish", text, "0").statusCode()).isEqualTo(302);
        String realTopic = jdbc.sql("select document->'topics'->0->>'id' from catalog.roadmaps where id = :id").param("id", id).query(String.class).single();
        String topic = "/roadmaps/" + id + "/topics/" + realTopic;
        WebSession visitor = new WebSession(port);

        for (String path : new String[]{"/roadmaps/" + id, topic, "/api/v1/roadmaps/" + id, "/api/v1/roadmaps/" + id + "/source",
                "/api/v1/roadmaps/" + id + "/releases", "/api/v1/roadmaps/" + id + "/topics/" + realTopic}) {
            HttpResponse<String> anonymous = get(visitor, null, path);
            assertThat(anonymous.statusCode()).as(path + " to a visitor").isEqualTo(404);
            assertThat(anonymous.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
            assertThat(get(outsider.web(), token(outsider), path).statusCode()).as(path + " to an outsider").isEqualTo(404);
            HttpResponse<String> ofMember = get(member.web(), token(member), path);
            assertThat(ofMember.statusCode()).as(path + " to a member").isEqualTo(200);
            assertThat(ofMember.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
        }
        assertThat(visitor.get("/").body()).doesNotContain(id);
        assertThat(visitor.get("/api/v1/roadmaps").body()).doesNotContain(id);
        assertThat(member.web().get("/").body()).as("the public list stays public").doesNotContain(id);
        assertThat(outsider.web().get("/learn/start/" + id).statusCode()).isEqualTo(404);
        assertThat(outsider.web().post("/learn/start/" + id, "/learn/start/" + id, Map.of("weeklyHours", "5")).statusCode()).isEqualTo(404);
    }

    private String token(Person person) {
        return accounts.createToken(person.id(), "read", "READ", "test").value().secret();
    }

    /** A page as the person's browser asks for it, or an API path as a script with their token would. */
    private HttpResponse<String> get(WebSession session, String token, String path) {
        if (!path.startsWith("/api/")) {
            return session.get(path);
        }
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "*/*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    @Test
    void badInputAnswersWithTheFormAndNeverAServerError() {
        HttpResponse<String> taken = lead.web().post(base, base, Map.of("from", "", "id", "senior-judgment", "title", "Mine"));
        HttpResponse<String> badId = lead.web().post(base, base, Map.of("from", "nope", "id", "Not An Id!", "title", ""));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains(TeamRoadmaps.TAKEN.replace("'", "&#39;"));
        assertThat(badId.statusCode()).isEqualTo(422);
        assertThat(badId.body()).contains("Use 1 to 64 lowercase letters", "Give the roadmap a title", "Choose a roadmap from the list.");

        String editor = fork();
        String text = unescape(TEXTAREA.matcher(lead.web().get(editor).body()).results().findFirst().orElseThrow().group(1));
        assertThat(edit(editor, "save", text + "# one\n", "0").statusCode()).isEqualTo(302);
        HttpResponse<String> stale = edit(editor, "save", text + "# two\n", "0");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Another lead saved this roadmap", "# two", "The draft as saved by someone else", "# one");
        assertThat(edit(editor, "save", "", "1").statusCode()).isEqualTo(422);
        assertThat(edit(editor, "save", text, null).statusCode()).as("no version").isEqualTo(400);
        assertThat(edit(editor, "publish", "version: [", "1").statusCode()).isEqualTo(422);
        assertThat(lead.web().get(base + "/no-such-roadmap").statusCode()).isEqualTo(404);
        assertThat(outsider.web().get(editor).statusCode()).isEqualTo(404);
        assertThat(outsider.web().get(base).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> publishYaml(String token, String path, String yaml) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiListsStartsAndPublishesWithProblemsAsA422ListingEachLine() throws Exception {
        ApiClient apiLead = new ApiClient(port, accounts, "Api Lead");
        ApiClient apiMember = new ApiClient(port, accounts, "Api Member");
        ApiClient apiOutsider = new ApiClient(port, accounts, "Api Outsider");
        UUID apiTeam = fixtures.team(apiLead.accountId, "API roadmap team");
        fixtures.join(apiLead.accountId, apiTeam, apiMember.accountId, TeamRole.MEMBER);
        String list = "/api/v1/teams/" + apiTeam + "/roadmaps";

        HttpResponse<String> created = apiLead.call("POST", list, "{\"id\":\"%s\",\"title\":\"Api path\"}".formatted(id));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(apiLead.call("POST", list, "{\"id\":\"%s\",\"title\":\"Again\"}".formatted(id)).body()).contains("\"id\"", "taken");
        String yaml = """
                format: ascent/roadmap@1
                id: %s
                version: 1
                title: Api path
                summary: Written through the API.
                levels: {from: junior, to: intermediate}
                phases:
                  - {id: basics, title: Basics, groups: [{id: core, title: Core, topics: [one]}]}
                topics:
                  - {id: one, title: One, level: junior, kind: theory, hours: 3, summary: The one thing.}
                """.formatted(id);

        HttpResponse<String> broken = publishYaml(apiLead.write, list + "/" + id + "/versions", yaml.replace("hours: 3", "hours: lots"));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problems = json.readTree(broken.body()).get("problems");
        assertThat(problems.size()).isPositive();
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(10);
        assertThat(publishYaml(apiMember.write, list + "/" + id + "/versions", yaml).statusCode()).isEqualTo(403);
        assertThat(publishYaml(apiOutsider.write, list + "/" + id + "/versions", yaml).statusCode()).isEqualTo(404);
        assertThat(publishYaml(apiLead.read, list + "/" + id + "/versions", yaml).statusCode()).isEqualTo(403);

        HttpResponse<String> published = publishYaml(apiLead.write, list + "/" + id + "/versions", yaml);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(json.readTree(published.body()).get("release").get("version").asInt()).isEqualTo(1);
        HttpResponse<String> again = publishYaml(apiLead.write, list + "/" + id + "/versions?version=0", yaml.replace("The one thing.", "The only thing."));
        assertThat(again.statusCode()).as("the draft moved on since version 0 was read").isEqualTo(409);

        JsonNode members = json.readTree(apiMember.call(apiMember.read, "GET", list, null).body());
        assertThat(members.get(0).get("id").asString()).isEqualTo(id);
        assertThat(members.get(0).get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(apiOutsider.call(apiOutsider.read, "GET", list, null).statusCode()).isEqualTo(404);
        assertThat(apiMember.call(apiMember.read, "GET", "/api/v1/roadmaps/" + id, null).statusCode()).isEqualTo(200);
        assertThat(apiOutsider.call(apiOutsider.read, "GET", "/api/v1/roadmaps/" + id, null).statusCode()).isEqualTo(404);
        assertThat(apiOutsider.call(apiOutsider.read, "GET", "/api/v1/roadmaps", null).body()).doesNotContain(id);
    }
}

package dev.ascent.accounts;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes posted as an account import ({@code ascent/export@1}) are restored or refused with a
 * problem document, never a 500, and the answer stays small. The import has no parsing layer apart
 * from the writes (each module reads its section while it inserts it, in one transaction), so the
 * fuzzer drives the real API against the real embedded PostgreSQL. Seeds: real exports, in
 * {@code ImportFuzzTestsInputs/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportFuzzTests {

    /** Restored, or refused as bad input (malformed, too large, not JSON, invalid). */
    private static final Set<Integer> ANSWERS = Set.of(200, 400, 413, 415, 422);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient account;

    @FuzzTest(maxDuration = "20s")
    void restoresOrRefusesAnyFileWithAProblem(byte[] file) {
        // The fuzzer's network detector would report the calls to this very app and its database.
        try (SilentCloseable local = BugDetectors.allowNetworkConnections((host, port) -> LOOPBACK.contains(host))) {
            importAndCheck(file);
        }
    }

    private void importAndCheck(byte[] file) {
        if (account == null) {
            account = new ApiClient(port, accounts, "Import fuzz");
        }

        HttpResponse<String> answer = post(file);

        int status = answer.statusCode();
        assertThat(status).as("status of %s", answer.body()).isIn(ANSWERS);
        assertThat((long) answer.body().length()).as("characters in the answer to a %d-byte file", file.length)
                .isLessThanOrEqualTo(100L * file.length + 64 * 1024);
        JsonNode body = json.readTree(answer.body());
        if (status == 200) {
            assertThat(body.path("sectionsRestored").isInt()).as(answer.body()).isTrue();
            // an import goes only into an account without data: empty this one for the next input
            personalData.forEach(module -> module.erase(account.accountId));
        } else {
            assertThat(answer.headers().firstValue("Content-Type")).as(answer.body()).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(body.path("detail").asString("")).as(answer.body()).isNotBlank();
        }
    }

    private HttpResponse<String> post(byte[] file) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/import"))
                .header("Authorization", "Bearer " + account.write)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

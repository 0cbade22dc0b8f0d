package dev.ascent.accounts;


import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Calls the API as a new account with a read-write and a read-only token, the way a script would. */
public final class ApiClient {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    public final UUID accountId;
    public final String write;
    public final String read;

    public ApiClient(int port, TestAccounts accounts, String name) {
        this.base = "http://localhost:" + port;
        this.accountId = accounts.signUp(name, WebSession.uniqueEmail("api"), WebSession.PASSWORD, "test").value().id();
        this.write = accounts.createToken(accountId, "write", "READ_WRITE", "test").value().secret();
        this.read = accounts.createToken(accountId, "read", "READ", "test").value().secret();
    }

    public HttpResponse<String> call(String method, String path, String body) {
        return call(write, method, path, body);
    }

    public HttpResponse<String> call(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + read).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

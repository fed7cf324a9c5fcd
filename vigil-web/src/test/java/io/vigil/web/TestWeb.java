package io.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.config.WebConfig;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.web.auth.AuthSettings;
import io.vigil.web.auth.Authentication;
import io.vigil.web.auth.SessionCookie;
import io.vigil.web.ingest.IngestService;
import io.vigil.web.keys.KeyStore;
import io.vigil.web.users.UserStore;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A started web server with users and keys in a data directory, and a browser-like JDK client that
 * does not follow redirects, so tests see every 303 and Set-Cookie.
 */
public final class TestWeb implements AutoCloseable {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final UserStore users;
    private final KeyStore keys;
    private final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private TestWeb(Path dataDir, AuthSettings settings, Clock clock) {
        users = new UserStore(dataDir, clock);
        keys = new KeyStore(dataDir, clock);
        DatasetRegistry datasets = new DatasetRegistry().register(TestDataset.named("test"));
        IngestService ingest = new IngestService(datasets, List.of(TestDataset.projectFromRecord()), new RecordingSink(),
                clock, Duration.ofSeconds(1));
        server = new WebServer(new WebConfig("127.0.0.1", 0, null, null, null, null, null),
                new Authentication(keys, users, settings, clock), ingest, () -> new StoreStats(Map.of(), 0),
                () -> new EngineHealth(true, "test")).start();
    }

    /** A server whose failed logins answer without the usual delay, to keep tests quick. */
    public static TestWeb start(Path dataDir) {
        return start(dataDir, new AuthSettings(null, null, null, null, null, Duration.ZERO));
    }

    public static TestWeb start(Path dataDir, AuthSettings settings) {
        return new TestWeb(dataDir, settings, Clock.systemUTC());
    }

    public UserStore users() {
        return users;
    }

    public KeyStore keys() {
        return keys;
    }

    public WebServer server() {
        return server;
    }

    /** A browser's GET, with the session cookie when given. */
    public HttpResponse<String> get(String path, String session) {
        return send(request(path, session).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    /** A browser's form post, with the session cookie when given. */
    public HttpResponse<String> post(String path, String session, Map<String, List<String>> form) {
        return send(request(path, session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(encode(form))));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(20));
        return session == null ? builder : builder.header("Cookie", SessionCookie.NAME + "=" + session);
    }

    /** Logs in and answers the session id the server set. */
    public String login(String name, String password) {
        HttpResponse<String> response = post("/login", null, Map.of("name", List.of(name), "password", List.of(password)));
        assertThat(response.statusCode()).as("login of " + name).isEqualTo(303);
        return sessionCookie(response).orElseThrow();
    }

    /** The CSRF token of the session, read from the admin page's forms. */
    public String csrf(String session) {
        Matcher matcher = CSRF_FIELD.matcher(get("/admin", session).body());
        assertThat(matcher.find()).as("a form with the CSRF token").isTrue();
        return matcher.group(1);
    }

    /** The session id a response sets, if it sets one. */
    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        return setCookie(response).map(header -> header.substring(header.indexOf('=') + 1, header.indexOf(';')));
    }

    /** The whole Set-Cookie header of the session cookie, if the response sets it. */
    public static Optional<String> setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(SessionCookie.NAME + "=")).findFirst();
    }

    private static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream().flatMap(entry -> entry.getValue().stream().map(value ->
                        URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.stop();
    }
}

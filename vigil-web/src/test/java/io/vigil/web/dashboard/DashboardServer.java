package io.vigil.web.dashboard;

import io.javalin.Javalin;
import io.vigil.web.ApiException;
import io.vigil.web.auth.Principal;
import io.vigil.web.auth.RequestAuth;
import io.vigil.web.page.Page;
import io.vigil.web.page.StaticAssets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard routes on a Javalin server of their own, with the principal of each request given
 * by the test (standing in for the server's access check, which establishes it from the session),
 * and errors answered as the server answers them.
 */
final class DashboardServer implements AutoCloseable {

    private static final String AS = "X-Test-Principal";

    private final Map<String, Principal> principals = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Javalin app;

    DashboardServer(DashboardQueries queries) {
        DashboardEndpoint endpoint = new DashboardEndpoint(DashboardCatalog.load(), queries,
                Clock.fixed(DashboardFixture.NOW, ZoneOffset.UTC));
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.before(ctx -> {
                String name = ctx.header(AS);
                if (name != null) {
                    RequestAuth.attach(ctx, principals.get(name), null);
                }
            });
            endpoint.register(config.routes);
            config.routes.get(StaticAssets.PATH, Page.ASSETS::serve); // as WebServer serves them
            config.routes.exception(ApiException.class, (e, ctx) -> {
                e.headers().forEach(ctx::header);
                ctx.status(e.status()).json(Map.of("error", e.getMessage()));
            });
        }).start();
    }

    HttpResponse<String> get(String path, Principal principal) {
        principals.put(principal.name(), principal);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header(AS, principal.name()).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}

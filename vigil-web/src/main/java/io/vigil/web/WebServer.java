package io.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinException;
import io.vigil.core.config.WebConfig;
import io.vigil.web.auth.AdminEndpoint;
import io.vigil.web.auth.Authentication;
import io.vigil.web.auth.LoginEndpoint;
import io.vigil.web.auth.RequestAuth;
import io.vigil.web.dashboard.DashboardEndpoint;
import io.vigil.web.ingest.IngestEndpoint;
import io.vigil.web.ingest.IngestRoute;
import io.vigil.web.ingest.IngestService;
import io.vigil.web.page.Page;
import io.vigil.web.page.StaticAssets;
import io.vigil.web.tls.HttpsConnector;
import io.vigil.web.tls.ServerCertificate;
import java.net.BindException;
import java.net.URI;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vigil's HTTP server: {@code GET /health} and the login page (public), {@code GET /api/stats} and
 * {@code POST /ingest/<name>} (an ingest key required), {@code /admin} (admins). Every route needs a
 * principal (a session or an ingest key) unless registered {@link Access#PUBLIC}, every response
 * carries the security headers, and every error is {@code {"error": "..."}}.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");

    private final WebConfig config;
    private final AccessCheck access;
    private final LoginEndpoint login;
    private final AdminEndpoint admin;
    private final IngestEndpoint ingest;
    private final StatsProvider stats;
    private final Supplier<EngineHealth> health;
    private DashboardEndpoint dashboards;
    private Javalin app;

    /**
     * @param config the host, port and body caps
     * @param auth   the ingest keys, users and sessions requests are checked against
     * @param ingest runs request bodies through the pipeline into the store
     * @param stats  counts for {@code /api/stats}
     * @param health engine reachability for {@code /health}; called on every health request, so keep it quick
     */
    public WebServer(WebConfig config, Authentication auth, IngestService ingest, StatsProvider stats,
                     Supplier<EngineHealth> health) {
        this.config = config;
        this.access = new AccessCheck(auth);
        this.login = new LoginEndpoint(auth);
        this.admin = new AdminEndpoint(auth);
        this.ingest = new IngestEndpoint(ingest, config);
        this.stats = stats;
        this.health = health;
    }

    /**
     * Adds {@code POST /ingest/<name>} handled by the route (e.g. {@code eventbridge}); authentication
     * and body caps apply as to every ingest request. May be called before or after {@link #start}.
     */
    public WebServer addIngestRoute(String name, IngestRoute route) {
        ingest.addRoute(name, route);
        return this;
    }

    /** Serves the dashboards (pages, their API and static assets); call before {@link #start}. */
    public WebServer dashboards(DashboardEndpoint endpoint) {
        this.dashboards = endpoint;
        return this;
    }

    /**
     * Starts listening on the configured host and port (port 0: a free one, see {@link #port}).
     *
     * @throws IllegalStateException when the port is taken or the host cannot be bound
     */
    public synchronized WebServer start() {
        if (app != null) {
            throw new IllegalStateException("the web server is started already");
        }
        KeyStore certificate = config.tls() == null ? null : ServerCertificate.load(config.tls());
        Javalin created = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            if (certificate != null) {
                javalin.jetty.addConnector((server, http) ->
                        HttpsConnector.create(server, http, certificate, config.host(), config.port()));
            }
            javalin.jsonMapper(new JavalinJackson(JSON, false));
            javalin.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
            javalin.routes.beforeMatched(access::check);
            javalin.routes.get("/health", this::health, Access.PUBLIC);
            javalin.routes.get(StaticAssets.PATH, Page.ASSETS::serve, Access.PUBLIC);
            javalin.routes.get(LoginEndpoint.PATH, login::form, Access.PUBLIC);
            javalin.routes.post(LoginEndpoint.PATH, login::login, Access.PUBLIC);
            javalin.routes.post(LoginEndpoint.LOGOUT_PATH, login::logout, Access.PUBLIC);
            javalin.routes.get("/", WebServer::landing);
            javalin.routes.get(AdminEndpoint.PATH, admin::page, Access.ADMIN);
            javalin.routes.post(AdminEndpoint.ADD_PATH, admin::add, Access.ADMIN);
            javalin.routes.post(AdminEndpoint.DELETE_PATH, admin::delete, Access.ADMIN);
            javalin.routes.post(AdminEndpoint.GRANT_PATH, admin::grant, Access.ADMIN);
            javalin.routes.get("/api/stats", this::stats, Access.INGEST_KEY);
            if (dashboards != null) {
                dashboards.register(javalin.routes);
            }
            javalin.routes.post(IngestEndpoint.PATH, ctx -> ingest.handle(ctx, AccessCheck.key(ctx)),
                    Access.INGEST_KEY);
            javalin.routes.exception(ApiException.class, WebServer::error);
            javalin.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(new ApiException(e.getStatus(), httpMessage(e, ctx)), ctx));
            javalin.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(new ApiException(500, "internal error; the server log has the details"), ctx);
            });
        });
        try {
            created.start();
        } catch (JavalinException e) {
            throw new IllegalStateException(bindFailure(e), e);
        }
        app = created;
        LOG.info("web server listening on {}", url());
        return this;
    }

    /** The port listened on, once started. */
    public int port() {
        if (app == null) {
            throw new IllegalStateException("the web server is not started");
        }
        return app.port();
    }

    /** Where clients reach the server, e.g. {@code http://127.0.0.1:8080/} ({@code https} under TLS). */
    public URI url() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((config.tls() == null ? "http" : "https") + "://" + host + ":" + port() + "/");
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The routes served, as {@code METHOD path}. */
    List<String> routes() {
        if (app == null) {
            throw new IllegalStateException("the web server is not started");
        }
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint.method + " " + parsed.endpoint.path).toList();
    }

    /** A signed-in user's start page. */
    private static void landing(Context ctx) {
        String landing = RequestAuth.principal(ctx).landing().orElseThrow(() -> new ApiException(404,
                "nothing at / for an ingest key; see the README for the API"));
        ctx.redirect(landing, HttpStatus.SEE_OTHER);
    }

    private void health(Context ctx) {
        EngineHealth engine;
        try {
            engine = health.get();
        } catch (RuntimeException e) {
            LOG.warn("engine health check failed", e);
            engine = new EngineHealth(false, "health check failed; the server log has the cause");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("engine", engine);
        ctx.json(body);
    }

    private void stats(Context ctx) {
        StoreStats counts;
        try {
            counts = stats.stats();
        } catch (RuntimeException e) {
            LOG.warn("stats query failed", e);
            throw new ApiException(503, "the search engine could not be queried; check it with 'vigil status'"
                    + " and try again", Map.of("Retry-After", "30"));
        }
        ctx.json(counts);
    }

    private static void error(ApiException e, Context ctx) {
        e.headers().forEach(ctx::header);
        if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) {
            // the body may be left unread; closing tells the client not to reuse a connection the server drops
            ctx.header("Connection", "close");
        }
        ctx.status(e.status()).json(Map.of("error", e.getMessage()));
    }

    private static String httpMessage(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "nothing at " + ctx.method() + " " + ctx.path() + "; see the README for the API";
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            default -> e.getMessage();
        };
    }

    private String bindFailure(JavalinException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return "cannot listen on " + config.host() + ":" + config.port() + " (" + cause.getMessage()
                        + "); the port is probably taken: stop the other program or set web.port in vigil.yml";
            }
        }
        return "the web server could not start on " + config.host() + ":" + config.port() + ": " + e.getMessage();
    }
}

package io.vigil.web.ingest;

import io.javalin.http.Context;
import io.vigil.core.config.WebConfig;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DeliveryReport;
import io.vigil.web.ApiException;
import io.vigil.web.keys.IngestKey;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * {@code POST /ingest/<name>}: a route registered under that name, or else the dataset of that name
 * (its plain input, e.g. NDJSON for {@code ecs}). Cheap refusals (unknown name, dataset out of the key's
 * scope, declared length over the cap) come before the body is read. At most
 * {@code web.max_concurrent_ingest} requests are handled at once, which bounds their memory.
 */
public final class IngestEndpoint {

    public static final String PATH = "/ingest/{name}";
    private static final Map<String, String> BUSY = Map.of("Retry-After", "5");
    private static final Pattern ROUTE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final IngestService service;
    private final WebConfig limits;
    private final Map<String, IngestRoute> routes = new ConcurrentHashMap<>();
    private final Semaphore inFlight;

    public IngestEndpoint(IngestService service, WebConfig limits) {
        this.service = service;
        this.limits = limits;
        this.inFlight = new Semaphore(limits.maxConcurrentIngest());
    }

    /** Adds {@code POST /ingest/<name>}; the name must not be a dataset's. */
    public void addRoute(String name, IngestRoute route) {
        if (!ROUTE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("ingest route name '" + name + "' is not valid: use lower-case letters,"
                    + " digits, '-' and '_'");
        }
        if (service.datasets().find(name).isPresent()) {
            throw new IllegalArgumentException("ingest route '" + name + "' would hide the dataset of the same name");
        }
        if (routes.putIfAbsent(name, route) != null) {
            throw new IllegalArgumentException("ingest route '" + name + "' is registered twice");
        }
    }

    /** Handles one request whose key the access check has accepted. */
    public void handle(Context ctx, IngestKey key) {
        String name = ctx.pathParam("name");
        IngestRoute route = routes.get(name);
        if (route == null) {
            Dataset dataset = service.datasets().find(name).orElseThrow(() -> new ApiException(404,
                    "no dataset or ingest route named '" + name + "'; this server accepts /ingest/<name> for "
                            + String.join(", ", names())));
            service.requireDataset(key, dataset);
            route = request -> request.ingest(dataset);
        }
        if (!inFlight.tryAcquire()) {
            throw new ApiException(503, "the server is storing " + limits.maxConcurrentIngest()
                    + " ingest requests already; send this one again in a few seconds", BUSY);
        }
        try {
            RequestBody body = RequestBody.read(ctx.req().getContentLengthLong(), ctx.header("Content-Encoding"),
                    () -> ctx.req().getInputStream(), limits);
            DeliveryReport report = route.handle(new IngestRequest(name, key, body, ctx::header, service));
            ctx.json(new Counts(report.read(), report.indexed(), report.alreadyPresent(), report.deadLettered()));
        } finally {
            inFlight.release();
        }
    }

    private TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>(routes.keySet());
        service.datasets().all().forEach(dataset -> names.add(dataset.name()));
        return names;
    }

    /** The answer to a stored request. */
    record Counts(long read, long indexed, long alreadyPresent, long deadLettered) {
    }
}

package io.vigil.web.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.web.auth.ProjectScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers dashboard panels from the engine: compiles each panel with the request's filters and the
 * caller's scope ({@link QueryCompiler}), searches, and shapes the answer ({@link PanelResults}). A
 * whole dashboard's panels run concurrently on a bounded pool; when the pool is saturated the
 * calling request thread runs its panel itself, so load slows answers down instead of dropping them.
 */
public final class DashboardQueries implements AutoCloseable {

    /** How long a whole dashboard may take before its unfinished panels report a timeout. */
    static final Duration DASHBOARD_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(DashboardQueries.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int QUEUE = 256;

    private final DashboardSearch search;
    private final Rollups rollups;
    private final ThreadPoolExecutor pool;

    /** @param threads panels searched at once across all requests */
    public DashboardQueries(DashboardSearch search, int threads) {
        this(search, threads, Rollups.none());
    }

    /** @param rollups what panels over long time ranges may read instead of raw events */
    public DashboardQueries(DashboardSearch search, int threads, Rollups rollups) {
        this.search = search;
        this.rollups = rollups;
        AtomicInteger created = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "vigil-dashboard-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * One panel's answer.
     *
     * @throws IllegalArgumentException when the request cannot be answered as asked (a table page too deep)
     * @throws PanelUnavailableException when the engine fails
     */
    public ObjectNode panel(Dashboard dashboard, Panel panel, DashboardFilters filters, ProjectScope scope) {
        return panel(dashboard, panel, filters, scope, rollup(dashboard.dataset(panel)));
    }

    private ObjectNode panel(Dashboard dashboard, Panel panel, DashboardFilters filters, ProjectScope scope,
                             Optional<RolledUp> rollup) {
        PanelSearch compiled = QueryCompiler.panel(dashboard, panel, filters, scope, rollup);
        return PanelResults.shape(dashboard, panel, filters, run(dashboard, panel, compiled));
    }

    /**
     * Every panel's answer, by panel id, searched concurrently; a panel that fails answers
     * {@code {"id": ..., "error": "..."}} and the others are unaffected.
     */
    public ObjectNode panels(Dashboard dashboard, DashboardFilters filters, ProjectScope scope) {
        Map<Dataset, Optional<RolledUp>> rolledUp = new HashMap<>();
        dashboard.datasets().values().forEach(dataset -> rolledUp.put(dataset, rollup(dataset)));
        Map<String, Future<ObjectNode>> running = new LinkedHashMap<>();
        for (Panel panel : dashboard.panels()) {
            Optional<RolledUp> rollup = rolledUp.get(dashboard.dataset(panel));
            running.put(panel.id(), pool.submit(() -> panel(dashboard, panel, filters, scope, rollup)));
        }
        long deadline = System.nanoTime() + DASHBOARD_TIMEOUT.toNanos();
        ObjectNode answers = NODES.objectNode();
        running.forEach((id, future) -> answers.set(id, await(id, future, deadline)));
        return answers;
    }

    /** The header and every row (up to {@link QueryCompiler#MAX_ROWS}) of a table panel. */
    public List<List<String>> allRows(Dashboard dashboard, Panel panel, DashboardFilters filters, ProjectScope scope) {
        Aggregation.Table table = (Aggregation.Table) panel.query().aggregation();
        JsonNode response = run(dashboard, panel, QueryCompiler.allRows(dashboard, panel, filters, scope));
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns().stream().map(Aggregation.Table.Column::title).toList());
        rows.addAll(PanelResults.rows(table, response));
        return rows;
    }

    /**
     * The values the project, account and region selects offer, over the dashboard's datasets within
     * the time range and the scope: {@code {"project": [{"key", "value"}], "account": ..., "region": ...}}.
     * The project select offers only projects in the scope: a document of an account shared with
     * another project names that project too, and it is not the caller's to choose.
     */
    public ObjectNode facets(Dashboard dashboard, TimeRange time, ProjectScope scope) {
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        DashboardFilters.SELECTS.keySet().forEach(name -> merged.put(name, new LinkedHashMap<>()));
        for (Dataset dataset : dashboard.datasets().values()) {
            PanelSearch compiled = QueryCompiler.facets(dataset, time, scope, rollup(dataset));
            JsonNode response = searchOrExplain(compiled, "the filter choices of dashboard '" + dashboard.id() + "'");
            merged.forEach((name, counts) -> response.path("aggregations").path(name).path("buckets").forEach(bucket -> {
                String key = bucket.path("key").asText();
                if (!DashboardFilters.PROJECT_FIELD.equals(DashboardFilters.SELECTS.get(name))
                        || scope.includes(List.of(key))) {
                    counts.merge(key, bucket.path("doc_count").asLong(), Long::sum);
                }
            }));
        }
        ObjectNode facets = NODES.objectNode();
        merged.forEach((name, counts) -> {
            ArrayNode values = facets.putArray(name);
            counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> values.addObject().put("key", entry.getKey()).put("value", entry.getValue()));
        });
        return facets;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The dataset's rollup and its watermark now; none when the engine cannot say (the raw events answer then). */
    private Optional<RolledUp> rollup(Dataset dataset) {
        try {
            return rollups.of(dataset);
        } catch (RuntimeException e) {
            LOG.warn("the rollup watermark of {} could not be read; answering from the events", dataset.index(), e);
            return Optional.empty();
        }
    }

    private JsonNode run(Dashboard dashboard, Panel panel, PanelSearch compiled) {
        return searchOrExplain(compiled, "panel '" + panel.id() + "' of dashboard '" + dashboard.id() + "'");
    }

    private JsonNode searchOrExplain(PanelSearch compiled, String what) {
        try {
            return search.search(compiled.index(), compiled.body());
        } catch (RuntimeException e) {
            LOG.warn("search for {} on {} failed", what, compiled.index(), e);
            throw new PanelUnavailableException("the search engine could not answer " + what
                    + "; check it with 'vigil status' and reload (the server log has the cause)");
        }
    }

    private static ObjectNode await(String id, Future<ObjectNode> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            boolean explained = cause instanceof PanelUnavailableException || cause instanceof IllegalArgumentException;
            if (!explained) {
                LOG.error("panel '{}' failed", id, cause);
            }
            return error(id, explained ? cause.getMessage() : "internal error; the server log has the details");
        } catch (TimeoutException e) {
            future.cancel(true);
            return error(id, "the search engine took longer than " + DASHBOARD_TIMEOUT.toSeconds()
                    + " s; try a shorter time range or reload");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return error(id, "interrupted while the server was stopping");
        }
    }

    private static ObjectNode error(String id, String message) {
        return NODES.objectNode().put("id", id).put("error", message);
    }
}

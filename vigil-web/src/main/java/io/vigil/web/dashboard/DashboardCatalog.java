package io.vigil.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboards Vigil serves, each declared in {@code io/vigil/web/dashboards/<id>.json} and listed
 * here (no scanning). A declaration that does not parse or is inconsistent stops the start with the
 * file and the reason.
 */
public final class DashboardCatalog {

    /** The declared dashboards, in the order the UI lists them. */
    public static final List<String> IDS = List.of("cloudtrail", "vulnerabilities", "guardduty");
    private static final String FOLDER = "io/vigil/web/dashboards/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final Map<String, Dashboard> dashboards;

    private DashboardCatalog(Map<String, Dashboard> dashboards) {
        this.dashboards = dashboards;
    }

    /** @throws IllegalStateException naming the declaration that is missing or wrong, and why */
    public static DashboardCatalog load() {
        Map<String, Dashboard> dashboards = new LinkedHashMap<>();
        for (String id : IDS) {
            Dashboard dashboard = read(FOLDER + id + ".json");
            if (!dashboard.id().equals(id)) {
                throw new IllegalStateException(FOLDER + id + ".json declares id '" + dashboard.id() + "'; it must be '"
                        + id + "'");
            }
            dashboards.put(id, dashboard);
        }
        return new DashboardCatalog(dashboards);
    }

    /** Parses one declaration from the class path. */
    static Dashboard read(String resource) {
        try (InputStream in = DashboardCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dashboard declaration " + resource + " is not on the class path");
            }
            return JSON.readValue(in, Dashboard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard declaration " + resource + " is invalid: " + reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard declaration " + resource, e);
        }
    }

    public List<Dashboard> all() {
        return List.copyOf(dashboards.values());
    }

    public Optional<Dashboard> find(String id) {
        return Optional.ofNullable(dashboards.get(id));
    }

    /** The innermost cause (what a constructor refused) with where Jackson was in the file. */
    private static String reason(JsonProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String location = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return (cause == e ? e.getOriginalMessage() : cause.getMessage()) + location;
    }
}

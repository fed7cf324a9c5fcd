package io.vigil.sources.finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.Ecs;
import io.vigil.core.document.Fields;
import io.vigil.core.document.SourceLocation;
import io.vigil.sources.json.BoundedJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The two documents of one finding update (DESIGN.md "Findings"): the event in
 * {@code vigil-finding-events-*}, {@code _id} = hash(source, native id, update time in epoch ms), and
 * the latest state in {@code vigil-findings}, {@code _id} = hash(source, native id), versioned by the
 * update time. Both ids use canonical values only, so the same update read from another path or in
 * another letter case is the same document, and an older update never replaces a newer state.
 */
public final class FindingDocuments {

    /** {@code finding.resolution} of a finding resolved because its source stopped reporting it. */
    public static final String NOT_REPORTED = "not_reported";

    private FindingDocuments() {
    }

    public static void emit(FindingUpdate update, SourceLocation location, Consumer<Document> out) {
        emit(update.reportedBy(), update.source().key(), update.nativeId(), update.updatedAt(), body(update),
                location, out);
    }

    /** The event of an update (in the dataset that read it) and the latest state it leaves. */
    private static void emit(String dataset, String source, String nativeId, Instant updatedAt, ObjectNode body,
                             SourceLocation location, Consumer<Document> out) {
        out.accept(new Document(dataset, DocumentId.hash(source, nativeId, Long.toString(updatedAt.toEpochMilli())),
                updatedAt, body, location));
        out.accept(Document.latestState(FindingsIndex.STATE_DATASET, DocumentId.hash(source, nativeId), updatedAt,
                body.deepCopy(), location));
    }

    /**
     * The update that resolves a finding its source stopped reporting (the reconciliation sweep): the
     * stored state, resolved as of its last update and versioned one millisecond after it, so any real
     * update the source sends later still wins. Its event lands with the finding's other events.
     *
     * @param state the stored latest state ({@code _source} of {@code vigil-findings})
     */
    public static void notReported(ObjectNode state, Instant sweptAt, SourceLocation location, Consumer<Document> out) {
        ObjectNode body = state.deepCopy();
        ObjectNode finding = (ObjectNode) body.get("finding");
        Instant lastUpdate = Instant.parse(finding.path("updated_at").asText());
        Instant version = lastUpdate.plusMillis(1);
        String source = finding.path("source").asText();
        String nativeId = finding.path("id").asText();
        body.put(Ecs.TIMESTAMP, version.toString());
        finding.put("status", FindingStatus.RESOLVED.label());
        finding.put("resolution", NOT_REPORTED);
        finding.put("resolved_at", lastUpdate.toString());
        finding.put("updated_at", version.toString());
        finding.put("reconciled_at", sweptAt.toString());
        emit(finding.path("reported_by").asText(), source, nativeId, version, body, location, out);
    }

    /** The {@code _id} of a finding's latest state. */
    public static String stateId(FindingSource source, String nativeId) {
        return DocumentId.hash(source.key(), nativeId);
    }

    static ObjectNode body(FindingUpdate update) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put(Ecs.TIMESTAMP, update.updatedAt().toString());
        ObjectNode event = doc.putObject("event");
        event.put("kind", "alert").put("module", "aws").put("dataset", "aws." + update.reportedBy());
        ObjectNode cloud = doc.putObject("cloud").put("provider", "aws");
        List<String> missing = new ArrayList<>(update.missing());
        if (update.accountId() != null) {
            cloud.putObject("account").put("id", update.accountId());
        } else {
            missing.add(Ecs.CLOUD_ACCOUNT_ID);
        }
        if (update.region() != null) {
            cloud.put("region", update.region());
        } else {
            missing.add(Ecs.CLOUD_REGION);
        }
        ObjectNode finding = doc.putObject("finding");
        finding.put("source", update.source().key());
        finding.put("id", update.nativeId());
        finding.put("reported_by", update.reportedBy());
        putIfPresent(finding, "type", update.type(), missing, "finding.type");
        putIfPresent(finding, "title", update.title(), missing, "finding.title");
        putIfPresent(finding, "description", update.description(), null, null);
        finding.put("severity", update.severity().label());
        if (update.score() != null) {
            finding.put("score", update.score());
        }
        putIfPresent(finding, "severity_label", update.severityLabel(), null, null);
        finding.put("status", update.status().label());
        putIfPresent(finding, "resolution", update.resolution(), null, null);
        putTime(finding, "first_seen", update.firstSeen());
        putTime(finding, "last_seen", update.lastSeen());
        putTime(finding, "updated_at", update.updatedAt());
        if (update.status() == FindingStatus.RESOLVED) {
            putTime(finding, "resolved_at", update.updatedAt());
        }
        if (update.details() != null && !update.details().isNull() && !update.details().isEmpty()) {
            String json = BoundedJson.text(update.details());
            finding.put("details", json);
            if (BoundedJson.flattenable(update.details(), json)) {
                finding.set("details_flat", update.details());
            }
        }
        if (!update.resources().isEmpty()) {
            ArrayNode types = doc.putObject("resource").putArray("type");
            ArrayNode ids = ((ObjectNode) doc.get("resource")).putArray("id");
            List<String> resourceIds = new ArrayList<>();
            for (FindingResource resource : update.resources()) {
                types.add(resource.type());
                ids.add(resource.id());
                resourceIds.add(resource.id());
            }
            Fields.put(doc, Ecs.VIGIL_RESOURCE_ID, resourceIds);
        } else {
            missing.add("resource.id");
        }
        merge(doc, update.fields());
        if (!missing.isEmpty()) {
            Fields.put(doc, "finding.missing", missing);
        }
        return doc;
    }

    private static void putIfPresent(ObjectNode target, String name, String value, List<String> missing, String path) {
        if (value != null && !value.isBlank()) {
            target.put(name, value);
        } else if (missing != null) {
            missing.add(path);
        }
    }

    private static void putTime(ObjectNode target, String name, Instant time) {
        if (time != null) {
            target.put(name, time.toString());
        }
    }

    /** Adds the source's own fields; objects merge, so {@code finding.*} extras join the common ones. */
    private static void merge(ObjectNode target, ObjectNode extra) {
        extra.properties().forEach(entry -> {
            if (target.get(entry.getKey()) instanceof ObjectNode existing && entry.getValue() instanceof ObjectNode more) {
                merge(existing, more);
            } else {
                target.set(entry.getKey(), entry.getValue().deepCopy());
            }
        });
    }
}

package io.vigil.sources.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.json.BoundedJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One update of one finding, in canonical values, as every source's normalizer produces it: whose
 * finding it is and its id there (the identity), the update time that orders it, what the finding
 * says now, and the fields only its source has. {@link FindingDocuments} turns it into the event
 * and the latest-state document.
 */
public final class FindingUpdate {

    /** The longest native id kept: {@code finding.id} is indexed up to this many characters. */
    public static final int MAX_ID_CHARS = 2048;

    private final FindingSource source;
    private final String nativeId;
    private final String reportedBy;
    private final Instant updatedAt;
    private final Instant firstSeen;
    private final Instant lastSeen;
    private final String type;
    private final String title;
    private final String description;
    private final Severity severity;
    private final Double score;
    private final String severityLabel;
    private final FindingStatus status;
    private final String resolution;
    private final String accountId;
    private final String region;
    private final List<FindingResource> resources;
    private final JsonNode details;
    private final ObjectNode fields;
    private final List<String> missing;

    private FindingUpdate(Builder b) {
        this.source = b.source;
        this.nativeId = b.nativeId;
        this.reportedBy = b.reportedBy;
        this.updatedAt = b.updatedAt;
        this.firstSeen = b.firstSeen;
        this.lastSeen = b.lastSeen;
        this.type = b.type;
        this.title = b.title;
        this.description = b.description;
        this.severity = b.severity;
        this.score = b.score;
        this.severityLabel = b.severityLabel;
        this.status = b.status;
        this.resolution = b.resolution;
        this.accountId = b.accountId;
        this.region = b.region;
        this.resources = List.copyOf(b.resources);
        this.details = b.details;
        this.fields = b.fields;
        this.missing = List.copyOf(b.missing);
    }

    /**
     * @param source     whose finding it is (GuardDuty for a Security Hub copy of a GuardDuty finding)
     * @param nativeId   its canonical id there: the finding ARN for GuardDuty and Inspector, the ASFF
     *                   {@code ProductArn} and {@code Id} for findings native to Security Hub
     * @param reportedBy the dataset that read this update ({@code guardduty}, {@code securityhub}, ...)
     */
    public static Builder builder(FindingSource source, String nativeId, String reportedBy) {
        return new Builder(source, nativeId, reportedBy);
    }

    public FindingSource source() { return source; }
    public String nativeId() { return nativeId; }
    public String reportedBy() { return reportedBy; }
    public Instant updatedAt() { return updatedAt; }
    public Instant firstSeen() { return firstSeen; }
    public Instant lastSeen() { return lastSeen; }
    public String type() { return type; }
    public String title() { return title; }
    public String description() { return description; }
    public Severity severity() { return severity; }
    public Double score() { return score; }
    public String severityLabel() { return severityLabel; }
    public FindingStatus status() { return status; }
    public String resolution() { return resolution; }
    public String accountId() { return accountId; }
    public String region() { return region; }
    public List<FindingResource> resources() { return resources; }
    /** The source's open-ended payload (GuardDuty additional info, ASFF product fields and details). */
    public JsonNode details() { return details; }
    /** Fields only this source has ({@code vulnerability.*}, {@code package.*}, {@code threat.indicator.*}, ...). */
    public ObjectNode fields() { return fields; }
    /** The fields the source gave in a form that could not be used, by path, in the order marked. */
    public List<String> missing() { return missing; }

    /**
     * Collects one update; {@link #build()} refuses one without what identity and ordering need. Texts
     * (title, description, text fields) longer than {@link BoundedJson#MAX_CHARS} are cut with a marker
     * saying how long they were, so no source's text can outgrow the documents.
     */
    public static final class Builder {
        private final FindingSource source;
        private final String nativeId;
        private final String reportedBy;
        private Instant updatedAt;
        private Instant firstSeen;
        private Instant lastSeen;
        private String type;
        private String title;
        private String description;
        private Severity severity;
        private Double score;
        private String severityLabel;
        private FindingStatus status = FindingStatus.OPEN;
        private String resolution;
        private String accountId;
        private String region;
        private final List<FindingResource> resources = new ArrayList<>();
        private JsonNode details;
        private final ObjectNode fields = JsonNodeFactory.instance.objectNode();
        private final List<String> missing = new ArrayList<>();

        private Builder(FindingSource source, String nativeId, String reportedBy) {
            this.source = source;
            this.nativeId = nativeId;
            this.reportedBy = reportedBy;
        }

        public Builder updatedAt(Instant value) { updatedAt = value; return this; }
        public Builder firstSeen(Instant value) { firstSeen = value; return this; }
        public Builder lastSeen(Instant value) { lastSeen = value; return this; }
        public Builder type(String value) { type = value; return this; }
        public Builder title(String value) { title = BoundedJson.cut(value); return this; }
        public Builder description(String value) { description = BoundedJson.cut(value); return this; }
        public Builder severity(Severity value) { severity = value; return this; }
        public Builder score(Double value) { score = value != null && Double.isFinite(value) ? value : null; return this; }
        public Builder severityLabel(String value) { severityLabel = value; return this; }
        public Builder account(String value) { accountId = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder details(JsonNode value) { details = value; return this; }

        /** The status, and for one not open, why (e.g. {@code archived}, {@code closed}). */
        public Builder status(FindingStatus value, String why) {
            status = value;
            resolution = why;
            return this;
        }

        public Builder resource(String resourceType, String id) {
            if (resourceType != null && id != null && !id.isBlank()) {
                resources.add(new FindingResource(resourceType, id));
            }
            return this;
        }

        /** A source-specific field by dotted path; null values are left out, long ones cut. */
        public Builder field(String path, String value) {
            if (value != null) {
                Fields.put(fields, path, BoundedJson.cut(value));
            }
            return this;
        }

        public Builder field(String path, List<String> values) {
            if (values != null && !values.isEmpty()) {
                Fields.put(fields, path, values);
            }
            return this;
        }

        public Builder field(String path, Number value) {
            if (value instanceof Long || value instanceof Integer) {
                Fields.parentOf(fields, path).put(leaf(path), value.longValue());
            } else if (value != null && Double.isFinite(value.doubleValue())) {
                Fields.parentOf(fields, path).put(leaf(path), value.doubleValue());
            }
            return this;
        }

        public Builder field(String path, Boolean value) {
            if (value != null) {
                Fields.parentOf(fields, path).put(leaf(path), value);
            }
            return this;
        }

        /**
         * Marks a field the source gave but in a form that could not be used (e.g. a time outside
         * 1970-2199), by its path in the documents ({@code finding.last_seen}): kept in
         * {@code finding.missing} beside the fields the update lacks.
         */
        public Builder missing(String path) {
            missing.add(path);
            return this;
        }

        private static String leaf(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        public FindingUpdate build() throws BadRecordException {
            if (nativeId == null || nativeId.isBlank()) {
                throw new BadRecordException(source.key() + " finding without an id: it cannot be told apart from others");
            }
            if (updatedAt == null) {
                throw new BadRecordException(source.key() + " finding " + nativeId
                        + " has no update time: its updates cannot be put in order");
            }
            if (severity == null) {
                throw new BadRecordException(source.key() + " finding " + nativeId + " has no severity");
            }
            return new FindingUpdate(this);
        }
    }
}

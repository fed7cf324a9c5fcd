package io.vigil.sources.guardduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.Normalizer;
import io.vigil.core.pipeline.RawRecord;
import io.vigil.sources.finding.FindingDocuments;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.FindingStatus;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.input.EventTime;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.JsonRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One GuardDuty finding, in camelCase (S3 export line, EventBridge {@code detail}) or PascalCase
 * ({@code GetFindings} element), to one {@link FindingUpdate}: identified by its finding ARN, ordered
 * by {@code updatedAt}, resolved when archived. Both letter cases give the same documents' ids.
 */
public final class GuardDutyNormalizer implements Normalizer {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void normalize(RawRecord record, Consumer<Document> out) throws BadRecordException {
        JsonFields finding = JsonFields.eitherFirstLetterCase(
                JsonRecord.object(record.text(), "a GuardDuty finding", "GuardDuty finding"));
        JsonFields service = finding.child("service");
        FindingUpdate.Builder update = FindingUpdate.builder(FindingSource.GUARDDUTY, arn(finding, service),
                        GuardDutyDataset.NAME)
                .updatedAt(time(finding, "updatedAt", "updatedAt"))
                .firstSeen(firstSeen(finding, service))
                .lastSeen(time(service, "eventLastSeen", "service.eventLastSeen"))
                .type(finding.text("type"))
                .title(finding.text("title"))
                .description(finding.text("description"))
                .account(finding.text("accountId"))
                .region(finding.text("region"))
                .details(details(service));
        severity(finding, update);
        Boolean archived = service.bool("archived");
        if (Boolean.TRUE.equals(archived)) {
            update.status(FindingStatus.RESOLVED, "archived");
        }
        update.field("finding.archived", archived);
        update.field("finding.count", service.integer("count"));
        AffectedResources.write(finding.child("resource"), update);
        FindingAction.write(service.child("action"), update);
        FindingDocuments.emit(update.build(), record.location(), out);
    }

    /** The finding ARN, or when a finding lacks it, the ARN GuardDuty gives a finding with this id. */
    private static String arn(JsonFields finding, JsonFields service) throws BadRecordException {
        String arn = finding.text("arn");
        if (arn == null) {
            String id = finding.text("id");
            if (id == null) {
                throw new BadRecordException("GuardDuty finding without arn and id: it cannot be told apart from"
                        + " others (every GuardDuty finding has both; is this a GuardDuty finding?)");
            }
            String partition = finding.text("partition");
            String region = finding.text("region");
            String account = finding.text("accountId");
            String detector = service.text("detectorId");
            List<String> missing = new ArrayList<>();
            addIfNull(missing, "partition", partition);
            addIfNull(missing, "region", region);
            addIfNull(missing, "accountId", account);
            addIfNull(missing, "service.detectorId", detector);
            if (!missing.isEmpty()) {
                throw new BadRecordException("GuardDuty finding " + shortened(id) + " has no arn, nor the "
                        + String.join(", ", missing) + " to build it from");
            }
            arn = "arn:" + partition + ":guardduty:" + region + ":" + account + ":detector/" + detector
                    + "/finding/" + id;
        }
        if (arn.length() > FindingUpdate.MAX_ID_CHARS) {
            throw new BadRecordException("GuardDuty finding arn of " + arn.length() + " characters is longer than "
                    + FindingUpdate.MAX_ID_CHARS + " (" + shortened(arn) + ")");
        }
        return arn;
    }

    private static void severity(JsonFields finding, FindingUpdate.Builder update) throws BadRecordException {
        JsonNode value = finding.get("severity");
        if (value == null) {
            return; // the builder refuses a finding without severity
        }
        Double score = finding.number("severity");
        if (score == null || score < 0 || score > GuardDutySeverity.MAX) {
            throw new BadRecordException("severity " + shortened(value.toString())
                    + " is not a number from 0 to 10 (GuardDuty severities are 1.0 to 10.0)");
        }
        GuardDutySeverity severity = GuardDutySeverity.of(score);
        update.score(score).severity(severity.level()).severityLabel(severity.label());
    }

    private static Instant firstSeen(JsonFields finding, JsonFields service) throws BadRecordException {
        Instant seen = time(service, "eventFirstSeen", "service.eventFirstSeen");
        return seen != null ? seen : time(finding, "createdAt", "createdAt");
    }

    private static Instant time(JsonFields parent, String name, String path) throws BadRecordException {
        String text = parent.text(name);
        return text == null ? null : EventTime.parse(text, path);
    }

    /**
     * The additional info as an object. GuardDuty's API gives it as JSON text in {@code value} (with a
     * {@code type}); S3 exports and EventBridge give that text and its fields beside it. The parsed
     * text is the same in all of them, so it is what is kept, with any other field given beside it.
     */
    private JsonNode details(JsonFields service) {
        JsonNode info = service.get("additionalInfo");
        if (info == null) {
            return null;
        }
        if (!info.isContainerNode()) {
            return json.createObjectNode().set("value", info);
        }
        ObjectNode parsed = parsedValue(JsonFields.eitherFirstLetterCase(info).text("value"));
        if (parsed == null) {
            return info;
        }
        info.properties().forEach(field -> {
            String name = field.getKey();
            if (!name.equalsIgnoreCase("value") && !name.equalsIgnoreCase("type") && !parsed.has(name)) {
                parsed.set(name, field.getValue());
            }
        });
        return parsed;
    }

    private ObjectNode parsedValue(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value) instanceof ObjectNode object ? object : null;
        } catch (JsonProcessingException e) {
            return null; // not JSON text: the additional info is kept as it came
        }
    }

    private static void addIfNull(List<String> missing, String name, String value) {
        if (value == null) {
            missing.add(name);
        }
    }

    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}

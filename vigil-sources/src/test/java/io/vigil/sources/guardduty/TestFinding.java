package io.vigil.sources.guardduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.core.pipeline.RawRecord;
import java.util.ArrayList;
import java.util.List;

/** A small GuardDuty finding written for these tests (camelCase, as S3 exports it), and its documents. */
final class TestFinding {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ARN = "arn:aws:guardduty:eu-west-1:111122223333:detector/d1e2f3/finding/f00d";

    private TestFinding() {
    }

    static ObjectNode minimal() {
        return (ObjectNode) parse("""
                {"schemaVersion":"2.0","accountId":"111122223333","region":"eu-west-1","partition":"aws",
                 "id":"f00d","arn":"%s",
                 "type":"Recon:EC2/PortProbeUnprotectedPort",
                 "resource":{"resourceType":"Instance","instanceDetails":{"instanceId":"i-0123456789abcdef0"}},
                 "service":{"serviceName":"guardduty","detectorId":"d1e2f3","action":{},"archived":false,"count":3,
                            "eventFirstSeen":"2026-11-02T08:00:00.000Z","eventLastSeen":"2026-11-02T09:00:00.000Z"},
                 "severity":2,"createdAt":"2026-11-02T08:00:05.000Z","updatedAt":"2026-11-02T09:00:05.000Z",
                 "title":"Unprotected port on EC2 instance i-0123456789abcdef0 is being probed.",
                 "description":"EC2 instance has an unprotected port which is being probed by a known malicious host."}
                """.formatted(ARN));
    }

    /** The minimal finding with this {@code service.action}. */
    static ObjectNode withAction(String actionJson) {
        ObjectNode finding = minimal();
        ((ObjectNode) finding.get("service")).set("action", parse(actionJson));
        return finding;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The documents of one record given straight to the normalizer. */
    static List<Document> normalize(JsonNode finding) throws BadRecordException {
        return normalize(finding.toString());
    }

    static List<Document> normalize(String text) throws BadRecordException {
        List<Document> documents = new ArrayList<>();
        new GuardDutyNormalizer().normalize(new RawRecord(SourceLocation.whole("test").record(1), text), documents::add);
        return documents;
    }

    /** The event document of one record. */
    static Document event(JsonNode finding) throws BadRecordException {
        return normalize(finding).get(0);
    }
}

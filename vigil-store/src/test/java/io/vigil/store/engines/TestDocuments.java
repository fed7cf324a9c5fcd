package io.vigil.store.engines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.document.DocumentId;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.Dataset;
import io.vigil.core.pipeline.DatasetRegistry;
import io.vigil.core.pipeline.IndexSpec;
import java.time.Duration;
import java.time.Instant;

/** The test dataset and its documents: ECS-like, CloudTrail-sized when asked. */
public final class TestDocuments {

    public static final String DATASET = "test";
    public static final IndexSpec SPEC = new IndexSpec("vigil-test", IndexSpec.Rollover.MONTHLY,
            "io/vigil/store/test-mapping.json", Duration.ofDays(90));
    /** A latest-state family, written by documents of the test dataset. */
    public static final String LATEST_DATASET = "test-latest";
    public static final IndexSpec LATEST_SPEC = new IndexSpec("vigil-testlatest", IndexSpec.Rollover.NONE,
            "io/vigil/store/test-mapping.json", null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDocuments() {
    }

    public static DatasetRegistry registry() {
        return new DatasetRegistry().register(new Dataset(DATASET, SPEC, null, null))
                .registerDerived(LATEST_DATASET, LATEST_SPEC);
    }

    /** A small document (about 350 bytes) with a stable id from its input and line. */
    public static Document small(String input, long line, Instant timestamp) {
        ObjectNode source = base(input, line, timestamp);
        return document(input, line, timestamp, source);
    }

    /**
     * A CloudTrail-sized document: about 1.2 KB of JSON in 40+ fields, as the benchmark of the
     * foundation issue asks.
     */
    public static Document cloudTrailSized(String input, long line, Instant timestamp) {
        ObjectNode source = base(input, line, timestamp);
        ObjectNode event = (ObjectNode) source.get("event");
        event.put("provider", "ec2.amazonaws.com").put("kind", "event").put("category", "configuration")
                .put("type", "change").put("module", "aws");
        source.putObject("aws").putObject("request_parameters")
                .put("instancesSet", "i-0a1b2c3d4e5f" + (line % 1000))
                .put("filterSet", "tag:Environment=production")
                .put("maxResults", 1000)
                .put("includeAllInstances", true);
        ObjectNode cloudtrail = source.putObject("cloudtrail");
        cloudtrail.put("event_version", "1.08").put("event_type", "AwsApiCall").put("event_category", "Management")
                .put("management_event", true).put("read_only", false).put("recipient_account_id", "123456789012")
                .put("request_id", "c1a2b3d4-e5f6-7a8b-9c0d-" + String.format("%012d", line))
                .put("session_credential_from_console", false);
        source.putObject("user_agent").put("original",
                "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79 exe/x86_64.amzn.2023");
        ObjectNode user = (ObjectNode) source.get("user");
        user.put("id", "AIDAEXAMPLEUSERID" + (line % 50));
        user.putObject("identity").put("type", "IAMUser").put("arn",
                "arn:aws:iam::123456789012:user/deploy-bot-" + (line % 50));
        user.putObject("access_key").put("id", "AKIAEXAMPLEKEY" + (line % 20));
        source.putObject("related").putArray("user").add("deploy-bot-" + (line % 50)).add("ops");
        source.putObject("ecs").put("version", "8.11.0");
        source.putObject("organization").put("id", "o-exampleorg1");
        source.putObject("service").put("name", "ec2").put("type", "aws");
        source.putObject("error").put("code", line % 17 == 0 ? "Client.UnauthorizedOperation" : "");
        return document(input, line, timestamp, source);
    }

    /** The state of one thing as of {@code updatedAt}, versioned by that time. */
    public static Document latestState(String thing, Instant updatedAt, String state) {
        ObjectNode source = base(thing, 0, updatedAt);
        ((ObjectNode) source.get("event")).put("outcome", state);
        return Document.latestState(LATEST_DATASET, DocumentId.hash(thing), updatedAt, source,
                SourceLocation.whole(thing));
    }

    private static ObjectNode base(String input, long line, Instant timestamp) {
        ObjectNode source = JSON.createObjectNode();
        source.put("@timestamp", timestamp.toString());
        source.put("message", "DescribeInstances by deploy-bot in us-east-1 (line " + line + ")");
        source.putObject("event").put("id", input + ":" + line).put("action", "DescribeInstances")
                .put("dataset", DATASET).put("outcome", "success");
        source.putObject("source").put("ip", "10.1." + (line % 250) + "." + (line % 200 + 1)).put("bytes", line);
        source.putObject("host").put("name", "host-" + (line % 40));
        source.putObject("cloud").put("region", "us-east-1").putObject("account").put("id", "123456789012");
        source.putObject("user").put("name", "deploy-bot-" + (line % 50));
        source.putObject("vigil").putArray("project").add("payments");
        return source;
    }

    private static Document document(String input, long line, Instant timestamp, ObjectNode source) {
        return new Document(DATASET, DocumentId.hash(input, Long.toString(line)), timestamp, source,
                new SourceLocation(input, line, SourceLocation.Unit.LINE));
    }
}

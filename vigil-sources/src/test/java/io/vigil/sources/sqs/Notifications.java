package io.vigil.sources.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Queue message bodies as AWS delivers them, shaped after the examples of AWS's documentation. */
final class Notifications {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Notifications() {
    }

    /** An S3 event notification sent straight to SQS; the key URL-encoded as S3 does ({@code +} for a space). */
    static String s3Event(String bucket, String... keys) {
        ObjectNode message = JSON.createObjectNode();
        var records = message.putArray("Records");
        for (String key : keys) {
            ObjectNode record = records.addObject();
            record.put("eventVersion", "2.1");
            record.put("eventSource", "aws:s3");
            record.put("awsRegion", "us-east-1");
            record.put("eventTime", "2024-05-05T10:15:01.372Z");
            record.put("eventName", "ObjectCreated:Put");
            record.putObject("userIdentity").put("principalId", "AWS:AROAIDPPEZS35WEXAMPLE:regionalDeliverySession");
            record.putObject("requestParameters").put("sourceIPAddress", "203.0.113.5");
            ObjectNode response = record.putObject("responseElements");
            response.put("x-amz-request-id", "C3D13FE58DE4C810");
            response.put("x-amz-id-2", "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD");
            ObjectNode s3 = record.putObject("s3");
            s3.put("s3SchemaVersion", "1.0");
            s3.put("configurationId", "vigil-cloudtrail");
            ObjectNode bucketNode = s3.putObject("bucket");
            bucketNode.put("name", bucket);
            bucketNode.putObject("ownerIdentity").put("principalId", "A3NL1KOZZKExample");
            bucketNode.put("arn", "arn:aws:s3:::" + bucket);
            ObjectNode object = s3.putObject("object");
            object.put("key", encode(key));
            object.put("size", 1024);
            object.put("eTag", "d41d8cd98f00b204e9800998ecf8427e");
            object.put("sequencer", "0055AED6DCD90281E5");
        }
        return message.toString();
    }

    /** The S3 event notification published to SNS and delivered to SQS without raw message delivery. */
    static String snsWrapped(String notification) {
        ObjectNode message = JSON.createObjectNode();
        message.put("Type", "Notification");
        message.put("MessageId", "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324");
        message.put("TopicArn", "arn:aws:sns:us-east-1:111122223333:cloudtrail-logs");
        message.put("Subject", "Amazon S3 Notification");
        message.put("Message", notification);
        message.put("Timestamp", "2024-05-05T10:15:01.512Z");
        message.put("SignatureVersion", "1");
        message.put("Signature", "EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=");
        message.put("SigningCertURL", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem");
        message.put("UnsubscribeURL", "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:111122223333:cloudtrail-logs:7bfa1d1c");
        return message.toString();
    }

    /** An EventBridge "Object Created" event from S3, delivered to SQS by a rule; its key is not encoded. */
    static String eventBridge(String detailType, String bucket, String key) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", "17793124-05d4-b198-2fde-7ededc63b103");
        event.put("detail-type", detailType);
        event.put("source", "aws.s3");
        event.put("account", "111122223333");
        event.put("time", "2024-05-05T10:15:01Z");
        event.put("region", "us-east-1");
        event.putArray("resources").add("arn:aws:s3:::" + bucket);
        ObjectNode detail = event.putObject("detail");
        detail.put("version", "0");
        detail.putObject("bucket").put("name", bucket);
        ObjectNode object = detail.putObject("object");
        object.put("key", key);
        object.put("size", 1024);
        object.put("etag", "b1946ac92492d2347c6235b4d2611184");
        object.put("sequencer", "617f08299329d189");
        detail.put("request-id", "N4N7GDK58NMKJ12R");
        detail.put("requester", "123456789012");
        detail.put("source-ip-address", "203.0.113.5");
        detail.put("reason", "PutObject");
        return event.toString();
    }

    /** What S3 sends when a notification to the queue is configured. */
    static String testEvent(String bucket) {
        return "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2024-05-05T10:00:00.000Z\","
                + "\"Bucket\":\"" + bucket + "\",\"RequestId\":\"5582815E1AEA5ADF\",\"HostId\":\"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE\"}";
    }

    private static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}

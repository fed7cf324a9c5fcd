package io.vigil.sources.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.sources.s3.S3Uri;
import org.junit.jupiter.api.Test;

class S3NotificationParserTest {

    private static final String BUCKET = "trail-logs";
    private static final String KEY =
            "AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/05/111122223333_CloudTrail_us-east-1_20240505T1015Z_abc.json.gz";

    private final S3NotificationParser parser = new S3NotificationParser();

    @Test
    void anS3EventNotificationNamesItsObjects() throws Exception {
        assertThat(parser.objects(Notifications.s3Event(BUCKET, KEY, KEY.replace("abc", "def"))))
                .containsExactly(new S3Uri(BUCKET, KEY), new S3Uri(BUCKET, KEY.replace("abc", "def")));
    }

    @Test
    void keysOfS3EventNotificationsAreUrlDecodedWithPlusForSpace() throws Exception {
        String key = "exports/my trail/a+b=c;d.json.gz";

        assertThat(parser.objects(Notifications.s3Event(BUCKET, key))).containsExactly(new S3Uri(BUCKET, key));
        assertThat(parser.objects(Notifications.s3Event(BUCKET, key).replace("my+trail", "my%20trail")))
                .containsExactly(new S3Uri(BUCKET, key));
    }

    @Test
    void anObjectAnnouncedTwiceIsReadOnce() throws Exception {
        assertThat(parser.objects(Notifications.s3Event(BUCKET, KEY, KEY))).containsExactly(new S3Uri(BUCKET, KEY));
    }

    @Test
    void anSnsWrappedNotificationIsUnwrapped() throws Exception {
        assertThat(parser.objects(Notifications.snsWrapped(Notifications.s3Event(BUCKET, KEY))))
                .containsExactly(new S3Uri(BUCKET, KEY));
        assertThat(parser.objects(Notifications.snsWrapped(Notifications.testEvent(BUCKET)))).isEmpty();
    }

    @Test
    void anEventBridgeObjectCreatedEventNamesItsObjectWithTheKeyAsIs() throws Exception {
        assertThat(parser.objects(Notifications.eventBridge("Object Created", BUCKET, "exports/my trail/a+b.json.gz")))
                .containsExactly(new S3Uri(BUCKET, "exports/my trail/a+b.json.gz"));
    }

    @Test
    void theTestEventAndEventsAboutOtherThanCreatedObjectsAnnounceNothing() throws Exception {
        assertThat(parser.objects(Notifications.testEvent(BUCKET))).isEmpty();
        assertThat(parser.objects(Notifications.eventBridge("Object Deleted", BUCKET, KEY))).isEmpty();
        assertThat(parser.objects(Notifications.s3Event(BUCKET, KEY).replace("ObjectCreated:Put", "ObjectRemoved:Delete")))
                .isEmpty();
    }

    @Test
    void whatIsNotAnS3NotificationIsRefusedWithTheReason() {
        assertThatThrownBy(() -> parser.objects("not json {"))
                .isInstanceOf(NotificationFormatException.class).hasMessageStartingWith("the message body is not JSON");
        assertThatThrownBy(() -> parser.objects(""))
                .isInstanceOf(NotificationFormatException.class).hasMessage("the message body is empty");
        assertThatThrownBy(() -> parser.objects("[1,2]"))
                .isInstanceOf(NotificationFormatException.class).hasMessage("the message body is not a JSON object");
        assertThatThrownBy(() -> parser.objects("{\"hello\":\"world\"}"))
                .isInstanceOf(NotificationFormatException.class).hasMessageContaining("is not an S3 notification");
        assertThatThrownBy(() -> parser.objects("{\"Type\":\"Notification\",\"Message\":\"oops\"}"))
                .isInstanceOf(NotificationFormatException.class)
                .hasMessageStartingWith("the SNS notification's Message is not JSON");
        assertThatThrownBy(() -> parser.objects(Notifications.eventBridge("Object Created", BUCKET, KEY)
                .replace("\"aws.s3\"", "\"aws.ec2\"")))
                .isInstanceOf(NotificationFormatException.class)
                .hasMessage("the message body is an EventBridge event from aws.ec2 (detail-type Object Created), not from S3");
        assertThatThrownBy(() -> parser.objects(Notifications.s3Event(BUCKET, KEY).replace("aws:s3", "aws:sqs")))
                .isInstanceOf(NotificationFormatException.class).hasMessage("record 0 of the message body is not an S3 event (eventSource aws:sqs)");
        assertThatThrownBy(() -> parser.objects(Notifications.s3Event(BUCKET, KEY).replace("\"key\"", "\"Key\"")))
                .isInstanceOf(NotificationFormatException.class).hasMessage("record 0 of the message body has no s3.object.key");
        assertThatThrownBy(() -> parser.objects(Notifications.snsWrapped(Notifications.s3Event("", KEY))))
                .isInstanceOf(NotificationFormatException.class)
                .hasMessage("record 0 of the SNS notification's Message has no s3.bucket.name");
        assertThatThrownBy(() -> parser.objects("{\"Records\":{}}"))
                .isInstanceOf(NotificationFormatException.class).hasMessage("the message body has \"Records\" that is not an array");
    }
}

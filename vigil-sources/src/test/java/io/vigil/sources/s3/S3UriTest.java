package io.vigil.sources.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class S3UriTest {

    @Test
    void readsBucketAndPrefix() {
        assertThat(S3Uri.parse("s3://trail-logs/AWSLogs/111122223333/")).isEqualTo(new S3Uri("trail-logs", "AWSLogs/111122223333/"));
        assertThat(S3Uri.parse("s3://trail-logs")).isEqualTo(new S3Uri("trail-logs", ""));
        assertThat(S3Uri.parse("s3://trail-logs/")).isEqualTo(new S3Uri("trail-logs", ""));
        assertThat(S3Uri.parse("s3://Legacy_Bucket.2015/x")).isEqualTo(new S3Uri("Legacy_Bucket.2015", "x"));
    }

    @Test
    void writesItselfBack() {
        assertThat(S3Uri.parse("s3://trail-logs/a/b c.json.gz")).hasToString("s3://trail-logs/a/b c.json.gz");
        assertThat(new S3Uri("trail-logs", "a").object("b/c")).hasToString("s3://trail-logs/b/c");
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> S3Uri.parse("https://trail-logs.s3.amazonaws.com/x"))
                .hasMessage("'https://trail-logs.s3.amazonaws.com/x' is not an S3 location: expected s3://bucket/prefix");
        assertThatThrownBy(() -> S3Uri.parse("s3:///AWSLogs"))
                .hasMessage("'s3:///AWSLogs' names no bucket: expected s3://bucket/prefix");
        assertThatThrownBy(() -> S3Uri.parse("s3://my bucket/x"))
                .hasMessageContaining("'my bucket' is not an S3 bucket name");
        assertThatThrownBy(() -> S3Uri.parse(null)).hasMessageContaining("is not an S3 location");
    }
}

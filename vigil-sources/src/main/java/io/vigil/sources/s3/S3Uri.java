package io.vigil.sources.s3;

import java.util.regex.Pattern;

/**
 * An S3 location: a bucket and an object key, or a key prefix when it names several objects
 * ({@code s3://bucket/AWSLogs/}). Written {@code s3://bucket/key}; the key is kept as S3 stores it.
 */
public record S3Uri(String bucket, String key) {

    private static final String SCHEME = "s3://";
    /**
     * Bucket names as S3 accepts them, including the upper case and underscores of buckets made in
     * us-east-1 before 2018; the finer rules are left to S3, which answers NoSuchBucket.
     */
    private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,254}");

    public S3Uri {
        if (bucket == null || !BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("'" + bucket + "' is not an S3 bucket name: expected 3-63 lower-case"
                    + " letters, digits, '.' or '-'");
        }
        key = key == null ? "" : key;
    }

    /** Reads {@code s3://bucket} or {@code s3://bucket/prefix}; the message says what was wrong. */
    public static S3Uri parse(String text) {
        if (text == null || !text.startsWith(SCHEME)) {
            throw new IllegalArgumentException("'" + text + "' is not an S3 location: expected s3://bucket/prefix");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no bucket: expected s3://bucket/prefix");
        }
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("'" + text + "': '" + bucket + "' is not an S3 bucket name"
                    + " (3-63 lower-case letters, digits, '.' or '-'); expected s3://bucket/prefix");
        }
        return new S3Uri(bucket, slash < 0 ? "" : rest.substring(slash + 1));
    }

    /** An object of the same bucket. */
    public S3Uri object(String objectKey) {
        return new S3Uri(bucket, objectKey);
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}

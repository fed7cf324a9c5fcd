package io.vigil.sources.cloudtrail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.vigil.core.document.SourceLocation;
import io.vigil.core.pipeline.RecordDecoder;
import io.vigil.core.pipeline.RecordHandler;
import io.vigil.sources.input.JsonContent;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Splits CloudTrail content into records, in any form {@link JsonContent} reads (gzip, the base64
 * form of a CloudWatch Logs subscription, NDJSON where a broken line does not stop the next ones, or
 * one JSON text). The JSON shapes themselves are told apart by {@link CloudTrailJsonReader}.
 *
 * <p>Digest files are skipped. A {@code Records} array that is empty yields no records and no error;
 * a JSON object without {@code Records} and without any other CloudTrail shape is malformed.
 */
public final class CloudTrailDecoder implements RecordDecoder {

    /** Default bound of one record: larger records are reported as malformed. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

    private final JsonFactory json = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    private final int maxRecordBytes;

    public CloudTrailDecoder(int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    public CloudTrailDecoder() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    @Override
    public void decode(InputStream input, SourceLocation origin, RecordHandler handler) throws IOException {
        CloudTrailJsonReader reader = new CloudTrailJsonReader(json, maxRecordBytes, origin, handler);
        JsonContent.Opened content;
        try {
            content = new JsonContent(json).open(input);
        } catch (EOFException | ZipException e) {
            handler.malformed(origin, "", "compressed input is truncated or corrupt at its start: "
                    + JsonContent.describeCorruption(e));
            return;
        }
        if (content.lineDelimited()) {
            reader.readLines(content.stream());
        } else {
            reader.readDocument(content.stream());
        }
    }
}

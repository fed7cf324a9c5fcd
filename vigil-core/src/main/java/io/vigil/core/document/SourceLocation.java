package io.vigil.core.document;

/**
 * Where a record came from: the input it was read from (a file path, an {@code s3://} object, an
 * HTTP request) and its position in it (line number, record index or byte offset, per {@link #unit}).
 */
public record SourceLocation(String input, long position, Unit unit) {

    /** What {@link #position} counts. */
    public enum Unit { LINE, RECORD, OFFSET, WHOLE }

    public static SourceLocation whole(String input) {
        return new SourceLocation(input, 0, Unit.WHOLE);
    }

    public SourceLocation line(long lineNumber) {
        return new SourceLocation(input, lineNumber, Unit.LINE);
    }

    public SourceLocation record(long index) {
        return new SourceLocation(input, index, Unit.RECORD);
    }

    public SourceLocation offset(long byteOffset) {
        return new SourceLocation(input, byteOffset, Unit.OFFSET);
    }

    /** A human-readable form such as {@code /data/a.ndjson line 12}, used in errors and dead letters. */
    @Override
    public String toString() {
        return switch (unit) {
            case LINE -> input + " line " + position;
            case RECORD -> input + " record " + position;
            case OFFSET -> input + " at byte " + position;
            case WHOLE -> input;
        };
    }
}

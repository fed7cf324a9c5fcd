package io.vigil.app.ingest;

import io.vigil.core.pipeline.DeliveryReport;
import java.util.concurrent.atomic.LongAdder;

/** Running totals of an import, fed by each completed input. */
public final class IngestTotals {

    private final LongAdder read = new LongAdder();
    private final LongAdder indexed = new LongAdder();
    private final LongAdder alreadyPresent = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder failedInputs = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    public void add(DeliveryReport report) {
        read.add(report.read());
        indexed.add(report.indexed());
        alreadyPresent.add(report.alreadyPresent());
        deadLettered.add(report.deadLettered());
    }

    public void inputFailed() {
        failedInputs.increment();
    }

    public void bytesRead(long count) {
        bytes.add(count);
    }

    public long read() {
        return read.sum();
    }

    public long indexed() {
        return indexed.sum();
    }

    public long alreadyPresent() {
        return alreadyPresent.sum();
    }

    public long deadLettered() {
        return deadLettered.sum();
    }

    public long failedInputs() {
        return failedInputs.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    /** 0 when everything was indexed, 1 when something was dead-lettered, 2 when an input failed. */
    public int exitCode() {
        return failedInputs() > 0 ? 2 : deadLettered() > 0 ? 1 : 0;
    }
}

package io.vigil.sources.sqs;

/**
 * Counts of one SQS collector since it started, for {@code vigil status}.
 *
 * @param received     messages received (a message received again after a failure counts again)
 * @param deleted      messages done with: every object stored and acknowledged, or dead-lettered for good
 * @param retried      failed receives left on the queue to come back
 * @param deadLettered messages given up on: unreadable ones, and those that failed their last receive
 * @param objects      objects read and acknowledged
 * @param documents    documents acknowledged (indexed or already present)
 * @param inFlight     messages being processed now
 * @param lastProblem  the last failure, or null
 */
public record SqsCollectorStatus(String queueUrl, boolean running, long received, long deleted, long retried,
                                 long deadLettered, long objects, long documents, int inFlight, String lastProblem) {
}

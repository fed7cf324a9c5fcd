package io.vigil.app.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One update of a finding in its service's own format, as delivered.
 *
 * @param findingArn the finding's ARN: its identity, the same for Security Hub's copy of a GuardDuty finding
 * @param delivered  when the update reached its destination (an S3 export, a poll, an event stream)
 */
record FindingRecord(String account, String region, String findingArn, Instant updatedAt, Instant delivered,
                     ObjectNode record) {
}

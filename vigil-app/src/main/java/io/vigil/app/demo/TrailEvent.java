package io.vigil.app.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One CloudTrail record, with the account and region whose log file it goes to. */
record TrailEvent(Instant time, String account, String region, ObjectNode record) {
}

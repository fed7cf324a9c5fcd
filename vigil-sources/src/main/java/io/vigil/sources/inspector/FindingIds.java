package io.vigil.sources.inspector;

import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.Quoted;

/** The id of an Inspector finding, its ARN, checked before it becomes part of the finding's identity. */
final class FindingIds {

    private FindingIds() {
    }

    /**
     * @param what the kind of finding, for the error message ("Inspector finding")
     */
    static String required(JsonFields finding, String field, String what) throws BadRecordException {
        String id = finding.text(field);
        if (id == null) {
            throw new BadRecordException(what + " without " + field + ": it cannot be told apart from others");
        }
        if (id.length() > FindingUpdate.MAX_ID_CHARS) {
            throw new BadRecordException(what + " " + field + " of " + id.length() + " characters is longer than "
                    + FindingUpdate.MAX_ID_CHARS + " (Inspector finding ARNs have at most 300): " + Quoted.of(id));
        }
        return id;
    }
}

package io.vigil.sources.securityhub;

import io.vigil.sources.json.JsonFields;

/**
 * The {@code ProductFields} of an ASFF finding: the product's own name/value pairs, whose keys are
 * data ({@code aws/guardduty/service/count}, {@code aws/inspector/inspectorScore}), not member names,
 * so they are read exactly as written.
 */
final class ProductFields {

    private ProductFields() {
    }

    static JsonFields of(JsonFields finding) {
        return finding.child("ProductFields").exactNames();
    }
}

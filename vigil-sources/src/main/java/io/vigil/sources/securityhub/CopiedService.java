package io.vigil.sources.securityhub;

import io.vigil.sources.finding.FindingSource;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AWS services whose findings Security Hub holds copies of, and which Vigil also reads directly.
 * A copy is told by its {@code ProductArn} ({@code arn:aws:securityhub:<region>::product/aws/guardduty});
 * its ASFF {@code Id} is the service's own finding ARN, the identity the service's normalizer uses,
 * so the copy and the original are one finding.
 */
enum CopiedService {

    /** ASFF {@code Id}: {@code arn:aws:guardduty:<region>:<account>:detector/<detector>/finding/<id>}. */
    GUARDDUTY(FindingSource.GUARDDUTY, "product/aws/guardduty",
            Pattern.compile("arn:aws[a-z-]*:guardduty:[a-z0-9-]+:\\d{12}:detector/[A-Za-z0-9]+/finding/[A-Za-z0-9]+")),
    /**
     * ASFF {@code Id}: {@code arn:aws:inspector2:<region>:<account>:finding/<id>} (Inspector v2), or an
     * Inspector Classic finding ARN ({@code arn:aws:inspector:...:target/.../finding/<id>}).
     */
    INSPECTOR(FindingSource.INSPECTOR, "product/aws/inspector",
            Pattern.compile("arn:aws[a-z-]*:inspector(2:[a-z0-9-]+:\\d{12}:finding/[A-Za-z0-9]+"
                    + "|:[a-z0-9-]+:\\d{12}:target/[A-Za-z0-9-]+/template/[A-Za-z0-9-]+/run/[A-Za-z0-9-]+/finding/[A-Za-z0-9-]+)"));

    private final FindingSource source;
    private final String product;
    private final Pattern findingArn;

    CopiedService(FindingSource source, String product, Pattern findingArn) {
        this.source = source;
        this.product = product;
        this.findingArn = findingArn;
    }

    FindingSource source() {
        return source;
    }

    /** The service whose copy a finding of this canonical {@code ProductArn} is, if any. */
    static Optional<CopiedService> of(String productArn) {
        if (productArn != null) {
            for (CopiedService service : values()) {
                if (productArn.startsWith("arn:") && productArn.endsWith(":" + service.product)) {
                    return Optional.of(service);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the canonical ASFF {@code Id} is one of this service's finding ARNs. */
    boolean isFindingArn(String id) {
        return findingArn.matcher(id).matches();
    }
}

package io.vigil.sources.securityhub;

import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.aws.Arn;
import io.vigil.sources.finding.FindingSource;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.json.Quoted;
import java.util.Optional;

/**
 * Whose finding an ASFF finding is and its id there. ASFF identifies a finding by the pair of
 * {@code ProductArn} and {@code Id}: a finding native to Security Hub (its controls, third-party
 * products) is a Security Hub finding with native id {@code ProductArn|Id}. A copy of a GuardDuty or
 * Inspector finding is that service's finding, with its finding ARN (the ASFF {@code Id}) as native
 * id; a copy whose {@code Id} is not such an ARN cannot be linked and stays a Security Hub finding.
 *
 * @param copied the service of a linked copy, empty for a Security Hub finding
 * @param copyId the ASFF {@code Id} of a linked copy as it came, {@code null} for a Security Hub finding
 */
record AsffIdentity(FindingSource source, String nativeId, Optional<CopiedService> copied, String copyId) {

    static AsffIdentity of(JsonFields finding) throws BadRecordException {
        String rawId = finding.text("Id");
        String rawProduct = finding.text("ProductArn");
        if (rawId == null) {
            throw new BadRecordException("ASFF finding without Id" + (rawProduct == null ? " and ProductArn" : "")
                    + ": not a Security Hub finding, or one that cannot be told apart from others");
        }
        if (rawProduct == null) {
            throw new BadRecordException("ASFF finding " + Quoted.of(rawId)
                    + " has no ProductArn: a finding is identified by its ProductArn with its Id");
        }
        String id = Arn.canonical(rawId);
        String product = Arn.canonical(rawProduct);
        String nativeId = product + "|" + id;
        if (nativeId.length() > FindingUpdate.MAX_ID_CHARS) {
            throw new BadRecordException("ASFF finding ProductArn and Id of " + nativeId.length()
                    + " characters are longer than " + FindingUpdate.MAX_ID_CHARS + ", too long to be searched: " + Quoted.of(rawId));
        }
        Optional<CopiedService> copied = CopiedService.of(product).filter(service -> service.isFindingArn(id));
        if (copied.isPresent()) {
            return new AsffIdentity(copied.get().source(), id, copied, rawId);
        }
        return new AsffIdentity(FindingSource.SECURITYHUB, nativeId, Optional.empty(), null);
    }

    boolean isCopyOf(CopiedService service) {
        return copied.filter(service::equals).isPresent();
    }
}

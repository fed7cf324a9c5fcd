package io.vigil.sources.findingapi;

import java.util.List;

/**
 * One page of findings as a findings API returned it.
 *
 * @param operation the call that returned the findings, e.g. {@code ListFindings}
 * @param scope     what the page belongs to within the account and region (a GuardDuty detector), or empty
 */
record FindingPage<F>(String operation, String scope, List<F> findings) {

    FindingPage {
        findings = List.copyOf(findings);
    }
}

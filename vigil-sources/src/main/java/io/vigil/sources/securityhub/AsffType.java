package io.vigil.sources.securityhub;

import java.util.List;
import java.util.Optional;

/**
 * The type of an ASFF finding: the first of its {@code Types} (ASFF findings carry one as a rule). A
 * copy of a GuardDuty or Inspector finding has the type that service's own finding has, so the
 * finding's type does not depend on the path it came by:
 * <ul>
 *   <li>GuardDuty: Security Hub writes GuardDuty's type as the last part of a {@code Types} entry with
 *       the first '/' after the ':' made a '-', as '/' separates the parts of an ASFF type
 *       ({@code TTPs/Initial Access/UnauthorizedAccess:EC2-SSHBruteForce} for
 *       {@code UnauthorizedAccess:EC2/SSHBruteForce}). GuardDuty's resource types ({@code EC2},
 *       {@code IAMUser}, {@code S3}, {@code Kubernetes}, {@code Runtime}, ...) have no '-', so the first
 *       '-' after the ':' is that '/'. An entry of another form is kept as it is.</li>
 *   <li>Inspector: {@code Software and Configuration Checks/Vulnerabilities/CVE} is a package
 *       vulnerability, {@code PACKAGE_VULNERABILITY}; other entries are kept as they are.</li>
 * </ul>
 */
final class AsffType {

    private static final String CVE = "Software and Configuration Checks/Vulnerabilities/CVE";

    private AsffType() {
    }

    static String of(List<String> types, Optional<CopiedService> copied) {
        if (types.isEmpty()) {
            return null;
        }
        String type = types.get(0);
        return copied.map(service -> switch (service) {
            case GUARDDUTY -> guardDuty(type);
            case INSPECTOR -> CVE.equals(type) ? "PACKAGE_VULNERABILITY" : type;
        }).orElse(type);
    }

    private static String guardDuty(String type) {
        String last = type.substring(type.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        int dash = colon < 0 ? -1 : last.indexOf('-', colon + 1);
        return dash < 0 ? type : last.substring(0, dash) + "/" + last.substring(dash + 1);
    }
}

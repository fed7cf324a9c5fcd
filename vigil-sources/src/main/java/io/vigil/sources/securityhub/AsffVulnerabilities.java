package io.vigil.sources.securityhub;

import io.vigil.sources.finding.CvssScore;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.finding.VulnerablePackages;
import io.vigil.sources.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Vulnerabilities} of an ASFF finding (Inspector, and third-party scanners) as
 * {@code vulnerability.*} and {@code package.*}, filled as Inspector's own findings fill them:
 * <ul>
 *   <li>{@code vulnerability.id}: every vulnerability's {@code Id} (a CVE); the other fields describe
 *       the first vulnerability, the one scanners send per finding;</li>
 *   <li>{@code vulnerability.score}: the {@linkplain CvssScore#preferred preferred} entry of
 *       {@code Cvss} (the NVD entry of the newest CVSS version, else the first with a base score);</li>
 *   <li>{@code package.*}: the {@code VulnerablePackages}, as {@link VulnerablePackages} writes them.</li>
 * </ul>
 */
final class AsffVulnerabilities {

    private AsffVulnerabilities() {
    }

    static void write(JsonFields finding, FindingUpdate.Builder update) {
        List<JsonFields> vulnerabilities = finding.elements("Vulnerabilities");
        update.field("vulnerability.inspector_score", AsffSeverity.inspectorScore(finding));
        if (vulnerabilities.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        vulnerabilities.forEach(vulnerability -> addIfPresent(ids, vulnerability.text("Id")));
        if (ids.size() == 1) {
            update.field("vulnerability.id", ids.get(0));
        } else {
            update.field("vulnerability.id", ids);
        }
        JsonFields first = vulnerabilities.get(0);
        Double epss = first.number("EpssScore");
        update.field("vulnerability.reference", first.child("Vendor").text("Url"))
                .field("vulnerability.epss", epss != null && epss >= 0 && epss <= 1 ? epss : null)
                .field("vulnerability.fix_available", first.text("FixAvailable"))
                .field("vulnerability.exploit_available", first.text("ExploitAvailable"));
        CvssScore.preferred(CvssScore.listed(first.elements("Cvss"))).ifPresent(score -> score.writeTo(update));
        VulnerablePackages.of(first.elements("VulnerablePackages")).writeTo(update);
    }

    private static void addIfPresent(List<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}

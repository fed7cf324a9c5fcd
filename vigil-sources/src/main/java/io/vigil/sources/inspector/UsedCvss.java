package io.vigil.sources.inspector;

import io.vigil.sources.finding.CvssScore;
import io.vigil.sources.json.JsonFields;
import java.util.List;
import java.util.Optional;

/**
 * The CVSS score of an Inspector v2 finding: the one Inspector based its own score on.
 * <ol>
 *   <li>{@code inspectorScoreDetails.adjustedCvss} names it by {@code cvssSource} and {@code version}: the
 *       base score of the {@code packageVulnerabilityDetails.cvss[]} entry of that source and version (its
 *       {@code score} is after Inspector's adjustments, which {@code inspectorScore} already carries), or
 *       that {@code score} when no entry matches;</li>
 *   <li>without it, the {@linkplain CvssScore#preferred preferred} entry: NVD's of the newest CVSS
 *       version, else the first entry with a base score.</li>
 * </ol>
 */
final class UsedCvss {

    private UsedCvss() {
    }

    static Optional<CvssScore> of(JsonFields finding) {
        List<CvssScore> entries = CvssScore.listed(finding.child("packageVulnerabilityDetails").elements("cvss"));
        JsonFields adjusted = finding.child("inspectorScoreDetails").child("adjustedCvss");
        if (adjusted.exists() && adjusted.node().isObject()) {
            String source = adjusted.text("cvssSource");
            String version = adjusted.text("version");
            for (CvssScore entry : entries) {
                if (source != null && source.equals(entry.source()) && version != null && version.equals(entry.version())) {
                    return Optional.of(entry);
                }
            }
            Double score = CvssScale.read(adjusted, "score");
            if (score != null) {
                return Optional.of(new CvssScore(score, version, source));
            }
        }
        return CvssScore.preferred(entries);
    }
}

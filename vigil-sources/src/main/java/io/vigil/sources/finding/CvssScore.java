package io.vigil.sources.finding;

import io.vigil.sources.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CVSS score a vulnerability finding lists: the base score, the CVSS version and who scored it
 * ({@code NVD}, a distribution's tracker, ...). Inspector findings ({@code cvss}) and their Security Hub
 * copies ({@code Cvss}) list several for one vulnerability; {@code vulnerability.score.*} carries one.
 */
public record CvssScore(double base, String version, String source) {

    /** The top of the CVSS scale. */
    public static final double MAX = 10.0;

    private static final String NVD = "NVD";

    /**
     * The entries with a base score on the scale, in their order: {@code baseScore}, {@code version} and
     * {@code source} as Inspector writes them, or in PascalCase, as Security Hub does, read by a reader
     * of {@linkplain JsonFields#eitherFirstLetterCase either first-letter case}.
     */
    public static List<CvssScore> listed(List<JsonFields> entries) {
        List<CvssScore> scores = new ArrayList<>();
        for (JsonFields entry : entries) {
            Double base = onScale(entry.number("baseScore"));
            if (base != null) {
                scores.add(new CvssScore(base, entry.text("version"), entry.text("source")));
            }
        }
        return scores;
    }

    /** The value when it is a score on the 0–10 scale; {@code null} when absent or off the scale. */
    public static Double onScale(Double value) {
        return value != null && value >= 0 && value <= MAX ? value : null;
    }

    /**
     * The score to carry when the finding names none: the NVD score of the newest CVSS version, else
     * the first listed.
     */
    public static Optional<CvssScore> preferred(List<CvssScore> scores) {
        CvssScore nvd = null;
        for (CvssScore score : scores) {
            if (NVD.equals(score.source) && (nvd == null || versionNumber(score.version) > versionNumber(nvd.version))) {
                nvd = score;
            }
        }
        return nvd != null ? Optional.of(nvd) : scores.stream().findFirst();
    }

    /** Writes {@code vulnerability.score.base} and {@code vulnerability.score.version}. */
    public void writeTo(FindingUpdate.Builder update) {
        update.field("vulnerability.score.base", base).field("vulnerability.score.version", version);
    }

    /** {@code 3.1} as 3.1; a version that is not a number sorts first. */
    private static double versionNumber(String version) {
        return version != null && version.matches("\\d{1,2}(\\.\\d{1,2})?") ? Double.parseDouble(version) : -1;
    }
}

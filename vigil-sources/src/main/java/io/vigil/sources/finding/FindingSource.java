package io.vigil.sources.finding;

/**
 * The service a finding belongs to: part of its identity. A Security Hub copy of a GuardDuty or
 * Inspector finding belongs to GuardDuty or Inspector, so the copy and the original are one finding.
 */
public enum FindingSource {
    GUARDDUTY("guardduty"), INSPECTOR("inspector"), SECURITYHUB("securityhub");

    private final String key;

    FindingSource(String key) {
        this.key = key;
    }

    /** The value of {@code finding.source} and the first part of every finding id. */
    public String key() {
        return key;
    }

    /** The source of a key such as {@code guardduty}. */
    public static FindingSource ofKey(String key) {
        for (FindingSource source : values()) {
            if (source.key.equals(key)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown finding source '" + key + "'; known: guardduty, inspector, securityhub");
    }
}

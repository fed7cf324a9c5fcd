package io.vigil.app.demo;

import java.util.List;

/**
 * A vulnerability Inspector reports in a package, with the installed and fixed versions on the
 * demo's Amazon Linux 2023 instances ({@code fixed} null: no fix yet), its CVSS score, Inspector's
 * severity, and whether an exploit is known. {@code jar} packages are Java libraries of the
 * storefront and payments applications.
 */
record Cve(String id, String packageName, String installed, String fixed, double cvss, String severity,
           boolean exploited, boolean jar) {

    /** Log4Shell: the critical vulnerability the storefront team remediates in a week. */
    static final Cve LOG4SHELL = new Cve("CVE-2021-44228", "org.apache.logging.log4j:log4j-core", "2.14.1", "2.17.1",
            10.0, "CRITICAL", true, true);

    static final List<Cve> CATALOG = List.of(
            os("CVE-2024-6387", "openssh-server", "8.7p1-8.amzn2023.0.10", "8.7p1-8.amzn2023.0.11", 8.1, "HIGH", true),
            os("CVE-2023-48795", "openssh-clients", "8.7p1-8.amzn2023.0.4", "8.7p1-8.amzn2023.0.10", 5.9, "MEDIUM", false),
            os("CVE-2023-38545", "curl-minimal", "8.2.1-1.amzn2023.0.3", "8.3.0-1.amzn2023.0.2", 9.8, "CRITICAL", false),
            os("CVE-2023-38546", "libcurl-minimal", "8.2.1-1.amzn2023.0.3", "8.3.0-1.amzn2023.0.2", 3.7, "LOW", false),
            os("CVE-2023-28320", "curl-minimal", "7.88.1-1.amzn2023.0.1", "8.0.1-1.amzn2023.0.1", 5.9, "MEDIUM", false),
            os("CVE-2023-4911", "glibc", "2.34-52.amzn2023.0.3", "2.34-52.amzn2023.0.7", 7.8, "HIGH", true),
            os("CVE-2024-2961", "glibc", "2.34-52.amzn2023.0.7", "2.34-52.amzn2023.0.10", 8.8, "HIGH", true),
            os("CVE-2023-0286", "openssl-libs", "3.0.8-1.amzn2023.0.1", "3.0.8-1.amzn2023.0.4", 7.4, "HIGH", false),
            os("CVE-2023-5678", "openssl-libs", "3.0.8-1.amzn2023.0.9", "3.0.8-1.amzn2023.0.11", 5.3, "MEDIUM", false),
            os("CVE-2024-0727", "openssl-libs", "3.0.8-1.amzn2023.0.9", "3.0.8-1.amzn2023.0.12", 5.5, "MEDIUM", false),
            os("CVE-2023-22809", "sudo", "1.9.13-1.amzn2023.0.1", "1.9.13-1.amzn2023.0.2", 7.8, "HIGH", true),
            os("CVE-2023-4863", "libwebp", "1.2.4-1.amzn2023.0.1", "1.2.4-1.amzn2023.0.3", 8.8, "HIGH", true),
            os("CVE-2023-44487", "libnghttp2", "1.55.1-1.amzn2023.0.1", "1.57.0-1.amzn2023.0.1", 7.5, "HIGH", true),
            os("CVE-2024-1086", "kernel", "6.1.72-96.166.amzn2023", "6.1.77-99.164.amzn2023", 7.8, "HIGH", true),
            os("CVE-2023-50387", "bind-libs", "9.16.44-1.amzn2023.0.1", "9.16.48-1.amzn2023.0.1", 7.5, "HIGH", false),
            os("CVE-2022-37434", "zlib", "1.2.11-32.amzn2023.0.3", "1.2.11-32.amzn2023.0.4", 9.8, "CRITICAL", false),
            os("CVE-2023-45853", "zlib", "1.2.11-33.amzn2023.0.4", null, 9.8, "CRITICAL", false),
            os("CVE-2024-21626", "runc", "1.1.7-1.amzn2023.0.1", "1.1.11-1.amzn2023.0.1", 8.6, "HIGH", true),
            os("CVE-2023-40217", "python3", "3.9.16-1.amzn2023.0.3", "3.9.16-1.amzn2023.0.6", 5.3, "MEDIUM", false),
            os("CVE-2023-27043", "python3", "3.9.16-1.amzn2023.0.6", null, 5.3, "MEDIUM", false),
            os("CVE-2023-4752", "vim-minimal", "9.0.1592-1.amzn2023.0.1", "9.0.2081-1.amzn2023.0.1", 7.8, "HIGH", false),
            os("CVE-2022-48303", "tar", "1.34-1.amzn2023.0.2", null, 5.5, "MEDIUM", false),
            os("CVE-2023-29491", "ncurses-libs", "6.2-4.20200222.amzn2023.0.4", "6.2-4.20200222.amzn2023.0.5", 7.8,
                    "HIGH", false),
            os("CVE-2023-4016", "procps-ng", "3.3.17-1.amzn2023.0.2", null, 3.3, "LOW", false),
            os("CVE-2022-40674", "expat", "2.4.9-1.amzn2023.0.1", "2.5.0-1.amzn2023.0.1", 8.1, "HIGH", false),
            os("CVE-2023-52425", "expat", "2.5.0-1.amzn2023.0.3", "2.5.0-1.amzn2023.0.4", 7.5, "MEDIUM", false),
            os("CVE-2023-7104", "sqlite-libs", "3.40.0-1.amzn2023.0.3", "3.40.0-1.amzn2023.0.4", 7.3, "HIGH", false),
            java("CVE-2022-42003", "com.fasterxml.jackson.core:jackson-databind", "2.13.3", "2.13.4.2", 7.5, "HIGH"),
            java("CVE-2023-34035", "org.springframework.security:spring-security-config", "5.7.8", "5.7.10", 5.3,
                    "MEDIUM"),
            java("CVE-2022-25857", "org.yaml:snakeyaml", "1.30", "1.31", 7.5, "HIGH"),
            java("CVE-2023-6378", "ch.qos.logback:logback-classic", "1.2.11", "1.2.13", 7.5, "HIGH"));

    private static Cve os(String id, String packageName, String installed, String fixed, double cvss, String severity,
                          boolean exploited) {
        return new Cve(id, packageName, installed, fixed, cvss, severity, exploited, false);
    }

    private static Cve java(String id, String packageName, String installed, String fixed, double cvss, String severity) {
        return new Cve(id, packageName, installed, fixed, cvss, severity, false, true);
    }
}

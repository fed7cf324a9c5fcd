package io.vigil.sources.finding;

import io.vigil.sources.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages a vulnerability finding names, as the {@code package.*} arrays: one element per
 * package in each array, {@code null} where a package lacks the value, so the arrays stay in step;
 * an array whose every element is {@code null} is left out. {@code NotAvailable}, Inspector's word
 * in {@code fixedInVersion} (also in its Security Hub copies), is no fixed version.
 */
public final class VulnerablePackages {

    private static final String NOT_AVAILABLE = "NotAvailable";

    private final List<String> names = new ArrayList<>();
    private final List<String> versions = new ArrayList<>();
    private final List<String> fixedVersions = new ArrayList<>();
    private final List<String> managers = new ArrayList<>();

    private VulnerablePackages() {
    }

    /**
     * The packages with {@code name}, {@code version}, {@code fixedInVersion} and {@code packageManager}
     * as Inspector writes them, or in PascalCase, as Security Hub does, read by a reader of
     * {@linkplain JsonFields#eitherFirstLetterCase either first-letter case}.
     */
    public static VulnerablePackages of(List<JsonFields> packages) {
        VulnerablePackages read = new VulnerablePackages();
        for (JsonFields vulnerable : packages) {
            read.add(vulnerable.text("name"), vulnerable.text("version"), vulnerable.text("fixedInVersion"),
                    vulnerable.text("packageManager"));
        }
        return read;
    }

    private void add(String name, String version, String fixedInVersion, String manager) {
        names.add(name);
        versions.add(version);
        fixedVersions.add(NOT_AVAILABLE.equals(fixedInVersion) ? null : fixedInVersion);
        managers.add(manager);
    }

    public void writeTo(FindingUpdate.Builder update) {
        putAligned(update, "package.name", names);
        putAligned(update, "package.version", versions);
        putAligned(update, "package.fixed_version", fixedVersions);
        putAligned(update, "package.manager", managers);
    }

    private static void putAligned(FindingUpdate.Builder update, String path, List<String> values) {
        if (values.stream().anyMatch(value -> value != null)) {
            update.field(path, values);
        }
    }
}

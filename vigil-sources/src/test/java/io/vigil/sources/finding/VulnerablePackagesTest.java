package io.vigil.sources.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.pipeline.BadRecordException;
import io.vigil.sources.json.JsonFields;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VulnerablePackagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode written(VulnerablePackages packages) throws BadRecordException {
        FindingUpdate.Builder update = FindingUpdate.builder(FindingSource.INSPECTOR, "arn", "inspector")
                .updatedAt(Instant.parse("2026-11-02T09:00:00Z")).severity(Severity.LOW);
        packages.writeTo(update);
        return update.build().fields();
    }

    private static List<JsonFields> inspector(String json) throws Exception {
        return JsonFields.of(JSON.readTree("{\"p\":" + json + "}")).elements("p");
    }

    @Test
    void theArraysStayInStepAndNotAvailableIsNoFixedVersion() throws Exception {
        ObjectNode fields = written(VulnerablePackages.of(inspector("""
                [{"name": "a", "version": "1", "fixedInVersion": "NotAvailable", "packageManager": "NPM"},
                 {"name": "b", "fixedInVersion": "2.1"}]""")));

        assertThat(fields.at("/package/name").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(fields.at("/package/version").toString()).isEqualTo("[\"1\",null]");
        assertThat(fields.at("/package/fixed_version").toString()).isEqualTo("[null,\"2.1\"]");
        assertThat(fields.at("/package/manager").toString()).isEqualTo("[\"NPM\",null]");
    }

    @Test
    void securityHubsPascalCaseReadsTheSame() throws Exception {
        List<JsonFields> asff = JsonFields.eitherFirstLetterCase(JSON.readTree("""
                {"p": [{"Name": "a", "Version": "1", "FixedInVersion": "1.1", "PackageManager": "OS"}]}""")).elements("p");

        assertThat(written(VulnerablePackages.of(asff)))
                .isEqualTo(written(VulnerablePackages.of(inspector("""
                        [{"name": "a", "version": "1", "fixedInVersion": "1.1", "packageManager": "OS"}]"""))));
    }

    @Test
    void anArrayOfNothingButNullsIsLeftOut() throws Exception {
        ObjectNode fields = written(VulnerablePackages.of(inspector("[{\"name\": \"a\", \"fixedInVersion\": \"NotAvailable\"}]")));

        assertThat(fields.at("/package/name").toString()).isEqualTo("[\"a\"]");
        assertThat(fields.at("/package").has("version")).isFalse();
        assertThat(fields.at("/package").has("fixed_version")).isFalse();
        assertThat(written(VulnerablePackages.of(List.of())).has("package")).isFalse();
    }
}

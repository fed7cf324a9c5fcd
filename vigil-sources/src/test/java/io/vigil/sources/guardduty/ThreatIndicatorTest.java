package io.vigil.sources.guardduty;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only values the engine can index reach the typed fields of {@code threat.indicator}. */
class ThreatIndicatorTest {

    @Test
    void onlyIpLiteralsReachTheIpField() throws BadRecordException {
        for (String bad : List.of("GeneratedFindingIP", "999.1.1.1", "01.2.3.4", "1.2.3", "fe80::1%eth0", "[2001:db8::1]",
                "example.com", "1.2.3.4 ")) {
            assertThat(node(caller("\"ipAddressV4\":\"" + bad + "\""), "threat.indicator.ip")).as(bad).isNull();
        }
        assertThat(text(caller("\"ipAddressV4\":\"203.0.113.1\""), "threat.indicator.ip")).isEqualTo("203.0.113.1");
        assertThat(text(caller("\"ipAddressV6\":\"2001:db8::1\""), "threat.indicator.ip")).isEqualTo("2001:db8::1");
        // an unusable v4 text does not hide a usable v6 address
        assertThat(text(caller("\"ipAddressV4\":\"x\",\"ipAddressV6\":\"2001:db8::1\""), "threat.indicator.ip"))
                .isEqualTo("2001:db8::1");
    }

    @Test
    void aLocationNeedsTwoNumbersOnTheGlobe() throws BadRecordException {
        for (String bad : List.of("{\"lat\":90.5,\"lon\":0}", "{\"lat\":0,\"lon\":-180.1}", "{\"lat\":\"1\",\"lon\":2}",
                "{\"lat\":1}", "{\"lat\":null,\"lon\":null}", "\"1,2\"")) {
            assertThat(node(caller("\"geoLocation\":" + bad), "threat.indicator.geo")).as(bad).isNull();
        }
        assertThat(node(caller("\"geoLocation\":{\"lat\":-90,\"lon\":180}"), "threat.indicator.geo.location"))
                .isEqualTo(TestFinding.parse("{\"lat\":-90.0,\"lon\":180.0}"));
    }

    @Test
    void anAsNumberIsAPositive32BitNumber() throws BadRecordException {
        for (String bad : List.of("-1", "0", "AS16509", "4294967296", "16509.5", "", "１６５０９")) {
            assertThat(node(caller("\"organization\":{\"asn\":\"" + bad + "\"}"), "threat.indicator.as.number")).as(bad).isNull();
        }
        assertThat(node(caller("\"organization\":{\"asn\":\"4294967295\"}"), "threat.indicator.as.number").longValue())
                .isEqualTo(4_294_967_295L);
        assertThat(node(caller("\"organization\":{\"asn\":16509}"), "threat.indicator.as.number").longValue())
                .isEqualTo(16509);
    }

    private static Document caller(String remoteIpDetailsFields) throws BadRecordException {
        return TestFinding.event(TestFinding.withAction(
                "{\"actionType\":\"AWS_API_CALL\",\"awsApiCallAction\":{\"remoteIpDetails\":{" + remoteIpDetailsFields + "}}}"));
    }
}

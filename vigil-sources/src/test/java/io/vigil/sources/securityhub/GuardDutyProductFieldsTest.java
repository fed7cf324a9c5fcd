package io.vigil.sources.securityhub;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import org.junit.jupiter.api.Test;

class GuardDutyProductFieldsTest {

    private static final String SERVICE = "aws/guardduty/service/";

    private static Document copyWith(String... keysAndValues) throws BadRecordException {
        ObjectNode copy = AsffSample.guardDutyCopy();
        ObjectNode fields = copy.putObject("ProductFields");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(SERVICE + keysAndValues[i], keysAndValues[i + 1]);
        }
        return AsffSample.normalize(copy);
    }

    @Test
    void theFirstPortProbeStandsForAProbeFinding() throws BadRecordException {
        Document doc = copyWith(
                "action/actionType", "PORT_PROBE",
                "action/portProbeAction/portProbeDetails:1/localPortDetails/port", "80",
                "action/portProbeAction/portProbeDetails:1/remoteIpDetails/ipAddressV4", "198.51.100.9",
                "action/portProbeAction/portProbeDetails:0/localPortDetails/port", "22",
                "action/portProbeAction/portProbeDetails:0/remoteIpDetails/ipAddressV4", "198.51.100.7",
                "action/portProbeAction/portProbeDetails:0/remoteIpDetails/country/countryCode", "NL");

        assertThat(text(doc, "finding.action_type")).isEqualTo("PORT_PROBE");
        assertThat(text(doc, "threat.indicator.ip")).isEqualTo("198.51.100.7");
        assertThat(text(doc, "threat.indicator.geo.country_iso_code")).isEqualTo("NL");
        assertThat(node(doc, "destination.port").longValue()).isEqualTo(22);
        assertThat(node(doc, "network.direction")).isNull();
    }

    @Test
    void anApiCallerAndADnsRequestAreReadToo() throws BadRecordException {
        Document call = copyWith("action/actionType", "AWS_API_CALL",
                "action/awsApiCallAction/remoteIpDetails/ipAddressV6", "2001:db8::1",
                "action/awsApiCallAction/remoteIpDetails/organization/org", "Example Org");
        Document dns = copyWith("action/actionType", "DNS_REQUEST",
                "action/dnsRequestAction/domain", "pool.example.com");

        assertThat(text(call, "threat.indicator.ip")).isEqualTo("2001:db8::1");
        assertThat(text(call, "threat.indicator.as.organization.name")).as("no asnOrg: the org").isEqualTo("Example Org");
        assertThat(text(dns, "threat.indicator.domain")).isEqualTo("pool.example.com");
        assertThat(node(dns, "threat.indicator.ip")).isNull();
    }

    @Test
    void valuesTheEngineCouldNotIndexAreLeftOut() throws BadRecordException {
        String remote = "action/networkConnectionAction/remoteIpDetails/";
        for (String notAnIp : new String[] {"1.2.3.4; drop table", "999.1.1.1", "<script>alert(1)</script>", "01.2.3.4",
            "::ffff:zz", "localhost", " 1.2.3.4", "1.2.3.4\n"}) {
            Document doc = copyWith(remote + "ipAddressV4", notAnIp);
            assertThat(node(doc, "threat.indicator.ip")).as(notAnIp).isNull();
            assertThat(text(doc, "finding.details")).as("kept in the details").contains("aws/guardduty/service/" + remote);
        }
        String[][] geo = {{"NaN", "1"}, {"1", "Infinity"}, {"90.5", "0"}, {"0", "-180.01"}, {"1e400", "0"}, {"", "1"},
            {"42", "north"}};
        for (String[] latLon : geo) {
            Document doc = copyWith(remote + "geoLocation/lat", latLon[0], remote + "geoLocation/lon", latLon[1]);
            assertThat(node(doc, "threat.indicator.geo.location")).as(latLon[0] + "," + latLon[1]).isNull();
        }
        Document ranges = copyWith("action/networkConnectionAction/remotePortDetails/port", "70000",
                "action/networkConnectionAction/localPortDetails/port", "-1",
                remote + "organization/asn", "-1", "count", "many", "archived", "maybe");
        assertThat(node(ranges, "threat.indicator.port")).isNull();
        assertThat(node(ranges, "destination.port")).isNull();
        assertThat(node(ranges, "threat.indicator.as.number")).isNull();
        assertThat(node(ranges, "finding.count")).isNull();
        assertThat(node(ranges, "finding.archived")).isNull();
        assertThat(text(ranges, "finding.status")).isEqualTo("open");
    }

    @Test
    void aValidLocationOnTheEdgeOfTheGlobeIsKept() throws BadRecordException {
        String remote = "action/networkConnectionAction/remoteIpDetails/";
        Document doc = copyWith(remote + "geoLocation/lat", "-90", remote + "geoLocation/lon", "180");

        assertThat(node(doc, "threat.indicator.geo.location.lat").doubleValue()).isEqualTo(-90.0);
        assertThat(node(doc, "threat.indicator.geo.location.lon").doubleValue()).isEqualTo(180.0);
    }
}

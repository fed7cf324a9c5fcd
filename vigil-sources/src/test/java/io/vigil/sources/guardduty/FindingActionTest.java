package io.vigil.sources.guardduty;

import static io.vigil.sources.Ingested.node;
import static io.vigil.sources.Ingested.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.core.document.Document;
import io.vigil.core.pipeline.BadRecordException;
import org.junit.jupiter.api.Test;

/** The action of a finding, in the shapes of GuardDuty's API reference (none of the shared files has these). */
class FindingActionTest {

    @Test
    void anInboundConnectionWentToTheLocalPort() throws BadRecordException {
        Document event = TestFinding.event(TestFinding.withAction("""
                {"actionType":"NETWORK_CONNECTION","networkConnectionAction":{
                  "blocked":false,"connectionDirection":"INBOUND","protocol":"TCP",
                  "localIpDetails":{"ipAddressV4":"10.0.0.12"},
                  "localPortDetails":{"port":22,"portName":"SSH"},
                  "remotePortDetails":{"port":40211,"portName":"Unknown"},
                  "remoteIpDetails":{"ipAddressV4":"203.0.113.9","country":{"countryCode":"NL","countryName":"Netherlands"},
                    "city":{"cityName":"Amsterdam"},"geoLocation":{"lat":52.37,"lon":4.89},
                    "organization":{"asn":"64496","asnOrg":"EXAMPLE-AS","isp":"Example ISP","org":"Example Org"}}}}
                """));
        assertThat(text(event, "finding.action_type")).isEqualTo("NETWORK_CONNECTION");
        assertThat(text(event, "network.direction")).isEqualTo("inbound");
        assertThat(node(event, "destination.port").longValue()).isEqualTo(22);
        assertThat(node(event, "threat.indicator.port").longValue()).isEqualTo(40211);
        assertThat(text(event, "threat.indicator.ip")).isEqualTo("203.0.113.9");
        assertThat(text(event, "threat.indicator.geo.country_iso_code")).isEqualTo("NL");
        assertThat(text(event, "threat.indicator.geo.country_name")).isEqualTo("Netherlands");
        assertThat(text(event, "threat.indicator.geo.city_name")).isEqualTo("Amsterdam");
        assertThat(node(event, "threat.indicator.geo.location")).isEqualTo(TestFinding.parse("{\"lat\":52.37,\"lon\":4.89}"));
        assertThat(node(event, "threat.indicator.as.number").longValue()).isEqualTo(64496);
        assertThat(text(event, "threat.indicator.as.organization.name")).isEqualTo("EXAMPLE-AS");
    }

    @Test
    void anOutboundConnectionWentToTheRemotePort() throws BadRecordException {
        Document event = TestFinding.event(TestFinding.withAction("""
                {"actionType":"NETWORK_CONNECTION","networkConnectionAction":{
                  "connectionDirection":"OUTBOUND","localPortDetails":{"port":51234},"remotePortDetails":{"port":443},
                  "remoteIpDetails":{"ipAddressV6":"2001:db8::7"}}}
                """));
        assertThat(text(event, "network.direction")).isEqualTo("outbound");
        assertThat(node(event, "destination.port").longValue()).isEqualTo(443);
        assertThat(node(event, "threat.indicator.port").longValue()).isEqualTo(443);
        assertThat(text(event, "threat.indicator.ip")).isEqualTo("2001:db8::7");
    }

    @Test
    void aPortProbeStandsByItsFirstProbe() throws BadRecordException {
        Document event = TestFinding.event(TestFinding.withAction("""
                {"actionType":"PORT_PROBE","portProbeAction":{"blocked":false,"portProbeDetails":[
                  {"localPortDetails":{"port":3389,"portName":"RDP"},"remoteIpDetails":{"ipAddressV4":"192.0.2.44",
                    "organization":{"asn":"64500","org":"Probe Org"}}},
                  {"localPortDetails":{"port":22,"portName":"SSH"},"remoteIpDetails":{"ipAddressV4":"192.0.2.45"}}]}}
                """));
        assertThat(text(event, "finding.action_type")).isEqualTo("PORT_PROBE");
        assertThat(node(event, "destination.port").longValue()).isEqualTo(3389);
        assertThat(text(event, "threat.indicator.ip")).isEqualTo("192.0.2.44");
        assertThat(node(event, "threat.indicator.as.number").longValue()).isEqualTo(64500);
        // no asnOrg: the org name stands in
        assertThat(text(event, "threat.indicator.as.organization.name")).isEqualTo("Probe Org");
        assertThat(node(event, "network.direction")).isNull();
        assertThat(node(event, "threat.indicator.port")).isNull();
    }

    @Test
    void aDnsRequestNamesItsDomain() throws BadRecordException {
        Document event = TestFinding.event(TestFinding.withAction("""
                {"actionType":"DNS_REQUEST","dnsRequestAction":{"domain":"c2.example.net","protocol":"UDP","blocked":false}}
                """));
        assertThat(text(event, "threat.indicator.domain")).isEqualTo("c2.example.net");
        assertThat(node(event, "threat.indicator.ip")).isNull();
    }

    @Test
    void callsInEitherLetterCaseNameTheirCaller() throws BadRecordException {
        Document api = TestFinding.event(TestFinding.withAction("""
                {"ActionType":"AWS_API_CALL","AwsApiCallAction":{"Api":"GetObject","ServiceName":"s3.amazonaws.com",
                  "RemoteIpDetails":{"IpAddressV4":"198.51.100.20"}}}
                """));
        assertThat(text(api, "finding.action_type")).isEqualTo("AWS_API_CALL");
        assertThat(text(api, "threat.indicator.ip")).isEqualTo("198.51.100.20");
        Document kubernetes = TestFinding.event(TestFinding.withAction("""
                {"actionType":"KUBERNETES_API_CALL","kubernetesApiCallAction":{"remoteIpDetails":{"ipAddressV4":"198.51.100.21"}}}
                """));
        assertThat(text(kubernetes, "threat.indicator.ip")).isEqualTo("198.51.100.21");
    }

    @Test
    void noActionWritesNothing() throws BadRecordException {
        Document event = TestFinding.event(TestFinding.minimal());
        assertThat(node(event, "finding.action_type")).isNull();
        assertThat(node(event, "threat")).isNull();
        assertThat(node(event, "network")).isNull();
        assertThat(node(event, "destination")).isNull();
    }
}

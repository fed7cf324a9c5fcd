package io.vigil.app.demo;

import static io.vigil.app.demo.Json.array;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.sources.finding.SyntheticFindings.Threat;
import java.util.List;

/**
 * The GuardDuty finding types of the demo, all network connections of an EC2 instance: inbound ones
 * (brute force, callers from Tor or a threat list) and outbound ones (the instance scanning, talking
 * to a command and control server, a mining pool, Tor). Each with GuardDuty's default severity, the
 * port involved, its ASFF type in Security Hub, its title, and the instances it happens to.
 */
enum ThreatKind {
    SSH_BRUTE_FORCE("UnauthorizedAccess:EC2/SSHBruteForce", true, 2.0, 22, "TTPs/Initial Access",
            "%2$s is performing SSH brute force attacks against %1$s.",
            List.of("payments-bastion", "bastion", "web-5", "idp-3")),
    RDP_BRUTE_FORCE("UnauthorizedAccess:EC2/RDPBruteForce", true, 2.0, 3389, "TTPs/Initial Access",
            "%2$s is performing RDP brute force attacks against %1$s.", List.of("bastion", "worker-4")),
    TOR_IP_CALLER("UnauthorizedAccess:EC2/TorIPCaller", true, 5.0, 443, "TTPs/Initial Access",
            "EC2 instance %1$s is receiving inbound connections from a Tor exit node.",
            List.of("web-1", "web-2", "web-3", "web-4", "idp-1", "idp-2")),
    MALICIOUS_IP_CALLER("UnauthorizedAccess:EC2/MaliciousIPCaller.Custom", true, 5.0, 443, "TTPs/Initial Access",
            "EC2 instance %1$s is communicating with %2$s, an address on a custom threat list.",
            List.of("web-1", "web-3", "api-1", "api-3", "api-5")),
    PORTSCAN("Recon:EC2/Portscan", false, 5.0, 22, "TTPs/Discovery",
            "EC2 instance %1$s is performing outbound port scans against remote host %2$s.",
            List.of("worker-1", "worker-2", "worker-5")),
    COMMAND_AND_CONTROL("Backdoor:EC2/C&CActivity.B", false, 8.0, 443, "TTPs/Command and Control",
            "EC2 instance %1$s is querying an IP address %2$s that is associated with a known command and control server.",
            List.of("worker-2")),
    BITCOIN_TOOL("CryptoCurrency:EC2/BitcoinTool.B", false, 8.0, 3333, "Effects/Resource Consumption",
            "EC2 instance %1$s is communicating with a Bitcoin mining pool at %2$s.", List.of("worker-3")),
    TOR_CLIENT("UnauthorizedAccess:EC2/TorClient", false, 8.0, 9001, "TTPs/Command and Control",
            "EC2 instance %1$s is making connections to Tor entry node %2$s.", List.of("worker-5", "api-4")),
    BLACKHOLE_TRAFFIC("Trojan:EC2/BlackholeTraffic", false, 5.0, 80, "Effects/Data Exfiltration",
            "EC2 instance %1$s is attempting to communicate with the black hole address %2$s.", List.of("api-3", "idp-2"));

    private static final String CONNECTION = "aws/guardduty/service/action/networkConnectionAction/";

    private final String type;
    private final boolean inbound;
    private final double severity;
    private final int port;
    private final String asffCategory;
    private final String title;
    private final List<String> targets;

    ThreatKind(String type, boolean inbound, double severity, int port, String asffCategory, String title,
               List<String> targets) {
        this.type = type;
        this.inbound = inbound;
        this.severity = severity;
        this.port = port;
        this.asffCategory = asffCategory;
        this.title = title;
        this.targets = targets;
    }

    String type() {
        return type;
    }

    double severity() {
        return severity;
    }

    List<String> targets() {
        return targets;
    }

    /** The instance's own port: the service attacked for an inbound connection, a client port for an outbound one. */
    int localPort(int clientPort) {
        return inbound ? port : clientPort;
    }

    /** The GuardDuty finding of this kind: direction, ports, role of the instance, title. */
    ObjectNode shape(ObjectNode finding, Threat threat) {
        ObjectNode service = (ObjectNode) finding.get("service");
        ObjectNode connection = (ObjectNode) service.path("action").path("networkConnectionAction");
        connection.put("connectionDirection", inbound ? "INBOUND" : "OUTBOUND");
        if (!inbound) {
            connection.set("remotePortDetails", Json.object("port", port, "portName", portName()));
            service.put("resourceRole", "ACTOR");
        }
        finding.put("title", title(threat));
        finding.put("description", description(threat));
        return finding;
    }

    /** Security Hub's copy of the finding, with the ASFF type and the same title and connection. */
    ObjectNode shapeCopy(ObjectNode copy, Threat threat) {
        copy.set("Types", array(asffCategory + "/" + type.replace('/', '-')));
        copy.put("Title", title(threat));
        copy.put("Description", description(threat));
        ObjectNode fields = (ObjectNode) copy.get("ProductFields");
        fields.put(CONNECTION + "connectionDirection", inbound ? "INBOUND" : "OUTBOUND");
        if (!inbound) {
            fields.put(CONNECTION + "remotePortDetails/port", Integer.toString(port));
        }
        return copy;
    }

    private String title(Threat threat) {
        return String.format(title, threat.instanceId(), threat.remoteIp());
    }

    private String description(Threat threat) {
        return title(threat) + " The remote address is in " + threat.country() + " (" + threat.organization() + ").";
    }

    private String portName() {
        return switch (port) {
            case 22 -> "SSH";
            case 80 -> "HTTP";
            case 443 -> "HTTPS";
            default -> "Unknown";
        };
    }
}

package io.vigil.sources.guardduty;

import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a GuardDuty finding says happened ({@code service.action}): the action type, the remote party
 * (network connection, first port probe, AWS API call, Kubernetes API call, RDS login attempt) with
 * the geo and organization GuardDuty supplies, the ports and direction of a connection, and the domain
 * of a DNS request.
 */
public final class FindingAction {

    private static final long MAX_PORT = 65_535;

    private FindingAction() {
    }

    static void write(JsonFields action, FindingUpdate.Builder update) {
        update.field("finding.action_type", action.text("actionType"));
        JsonFields connection = action.child("networkConnectionAction");
        connection(connection.text("connectionDirection"), connection.child("remotePortDetails").integer("port"),
                connection.child("localPortDetails").integer("port"), update);
        // a port probe lists each probed port; the first stands for the finding
        List<JsonFields> probes = action.child("portProbeAction").elements("portProbeDetails");
        JsonFields probe = probes.isEmpty() ? JsonFields.ABSENT : probes.get(0);
        if (probe.exists()) {
            update.field("destination.port", port(probe.child("localPortDetails").integer("port")));
        }
        JsonFields remote = Stream.of(connection, probe, action.child("awsApiCallAction"),
                        action.child("kubernetesApiCallAction"), action.child("rdsLoginAttemptAction"))
                .map(candidate -> candidate.child("remoteIpDetails"))
                .filter(JsonFields::exists)
                .findFirst().orElse(JsonFields.ABSENT);
        ThreatIndicator.write(remote, update);
        update.field("threat.indicator.domain", action.child("dnsRequestAction").text("domain"));
    }

    /**
     * The direction and ports of a network connection: {@code network.direction}, the remote port as
     * {@code threat.indicator.port}, and the port connected to as {@code destination.port} (the local
     * port of an inbound connection, the remote port of an outbound one). Security Hub copies of
     * GuardDuty findings fill them the same way.
     */
    public static void connection(String direction, Long remotePort, Long localPort, FindingUpdate.Builder update) {
        String lowerCase = direction == null ? null : direction.toLowerCase(Locale.ROOT);
        Long remote = port(remotePort);
        update.field("network.direction", lowerCase);
        update.field("threat.indicator.port", remote);
        update.field("destination.port", "outbound".equals(lowerCase) ? remote : port(localPort));
    }

    /** The number when it is a port number (0 to 65535), else {@code null}. */
    public static Long port(Long number) {
        return number != null && number >= 0 && number <= MAX_PORT ? number : null;
    }
}

package io.vigil.sources.securityhub;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.guardduty.FindingAction;
import io.vigil.sources.guardduty.ThreatIndicator;
import io.vigil.sources.json.JsonFields;
import java.util.List;

/**
 * What a Security Hub copy of a GuardDuty finding keeps of GuardDuty's {@code service} block: its
 * fields flattened into {@code ProductFields} under {@code aws/guardduty/service/}, e.g.
 * {@code aws/guardduty/service/action/networkConnectionAction/remoteIpDetails/ipAddressV4}. They are
 * written to the fields GuardDuty's own findings fill: action type, count, archived flag, the remote
 * party with the geo and organization GuardDuty supplies, ports and direction, a DNS request's domain.
 * Values the engine could not index are left out: an address that is not an IP literal, a location
 * off the globe, a port or AS number out of range.
 */
final class GuardDutyProductFields {

    static final String PREFIX = "aws/guardduty/service/";
    private static final String ACTION = PREFIX + "action/";
    private static final String REMOTE = "remoteIpDetails/";
    /** The actions whose only network detail is the caller's address. */
    private static final List<String> CALLS = List.of("awsApiCallAction", "kubernetesApiCallAction", "rdsLoginAttemptAction");

    private final JsonFields fields;

    GuardDutyProductFields(JsonFields finding) {
        this.fields = ProductFields.of(finding);
    }

    /** A field of the service block by its path under {@code aws/guardduty/service/}, e.g. {@code eventLastSeen}. */
    String service(String path) {
        return fields.text(PREFIX + path);
    }

    void write(FindingUpdate.Builder update) {
        update.field("finding.action_type", fields.text(ACTION + "actionType"));
        update.field("finding.count", whole(service("count")));
        String archived = service("archived");
        update.field("finding.archived", "true".equalsIgnoreCase(archived) ? Boolean.TRUE
                : "false".equalsIgnoreCase(archived) ? Boolean.FALSE : null);
        String remote = connection(update);
        if (remote == null) {
            remote = firstProbe(update);
        }
        for (int i = 0; i < CALLS.size() && remote == null; i++) {
            remote = present(ACTION + CALLS.get(i) + "/" + REMOTE);
        }
        if (remote != null) {
            threatIndicator(remote, update);
        }
        update.field("threat.indicator.domain", fields.text(ACTION + "dnsRequestAction/domain"));
    }

    /** The ports and direction of a network connection; the key prefix of its remote party, if any. */
    private String connection(FindingUpdate.Builder update) {
        String connection = ACTION + "networkConnectionAction/";
        FindingAction.connection(fields.text(connection + "connectionDirection"),
                whole(fields.text(connection + "remotePortDetails/port")),
                whole(fields.text(connection + "localPortDetails/port")), update);
        return present(connection + REMOTE);
    }

    /**
     * A port probe lists each probed port and who probed it; the first stands for the finding. Its
     * list index is written into the key ({@code portProbeDetails:0/remoteIpDetails/...}), so the
     * probe is found by its keys: the first in key order.
     */
    private String firstProbe(FindingUpdate.Builder update) {
        String probes = ACTION + "portProbeAction/portProbeDetails";
        String first = null;
        for (String name : keys()) {
            int remote = name.indexOf("/" + REMOTE);
            if (name.startsWith(probes) && remote > 0) {
                String probe = name.substring(0, remote + 1);
                if (first == null || probe.compareTo(first) < 0) {
                    first = probe;
                }
            }
        }
        if (first != null) {
            update.field("destination.port", FindingAction.port(whole(fields.text(first + "localPortDetails/port"))));
            return first + REMOTE;
        }
        return null;
    }

    /** The remote party whose keys start with this prefix, read as GuardDuty's own findings are. */
    private void threatIndicator(String remote, FindingUpdate.Builder update) {
        ThreatIndicator.write(path -> fields.text(remote + path), path -> AsffSeverity.decimal(fields.text(remote + path)),
                update);
    }

    /** The prefix, when some key of the product fields starts with it. */
    private String present(String prefix) {
        for (String name : keys()) {
            if (name.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    private Iterable<String> keys() {
        JsonNode node = fields.node();
        return node == null ? List.of() : node::fieldNames;
    }

    /** A non-negative whole number written as text, {@code null} when it is not one. */
    private static Long whole(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(text);
    }
}

package io.vigil.sources.guardduty;

import io.vigil.sources.finding.FindingUpdate;
import io.vigil.sources.json.JsonFields;
import io.vigil.sources.net.IpAddressLiteral;
import java.util.function.Function;

/**
 * The remote party of a GuardDuty finding ({@code remoteIpDetails}) as {@code threat.indicator.*}:
 * its address, and where it is and who runs it as GuardDuty tells. Only values the engine can index
 * are written: an address that is not an IP literal, a location off the globe or an AS number out
 * of range is left out (the engine would refuse the whole document). Security Hub copies of GuardDuty
 * findings keep the same fields flattened into their {@code ProductFields} and are read the same way.
 */
public final class ThreatIndicator {

    private static final long MAX_AS_NUMBER = 4_294_967_295L;

    private ThreatIndicator() {
    }

    /** The remote party as GuardDuty's own findings hold it. */
    static void write(JsonFields remote, FindingUpdate.Builder update) {
        write(path -> parent(remote, path).text(leaf(path)), path -> parent(remote, path).number(leaf(path)), update);
    }

    /**
     * The remote party read by the paths of its fields below {@code remoteIpDetails}, such as
     * {@code country/countryCode}: as text, and as a number for {@code geoLocation/lat} and {@code /lon}.
     */
    public static void write(Function<String, String> text, Function<String, Double> number, FindingUpdate.Builder update) {
        String ip = text.apply("ipAddressV4");
        if (!IpAddressLiteral.isIp(ip)) {
            ip = text.apply("ipAddressV6");
        }
        if (IpAddressLiteral.isIp(ip)) {
            update.field("threat.indicator.ip", ip);
        }
        Double lat = number.apply("geoLocation/lat");
        Double lon = number.apply("geoLocation/lon");
        if (lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
            update.field("threat.indicator.geo.location.lat", lat);
            update.field("threat.indicator.geo.location.lon", lon);
        }
        update.field("threat.indicator.geo.country_iso_code", text.apply("country/countryCode"));
        update.field("threat.indicator.geo.country_name", text.apply("country/countryName"));
        update.field("threat.indicator.geo.city_name", text.apply("city/cityName"));
        update.field("threat.indicator.as.number", asNumber(text.apply("organization/asn")));
        String name = text.apply("organization/asnOrg");
        update.field("threat.indicator.as.organization.name", name != null ? name : text.apply("organization/org"));
    }

    /** GuardDuty's {@code asn} text as a number; 0 (reserved) and GuardDuty's {@code -1} mean unknown. */
    private static Long asNumber(String asn) {
        if (asn == null || asn.length() > 10 || !asn.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long number = Long.parseLong(asn);
        return number > 0 && number <= MAX_AS_NUMBER ? number : null;
    }

    private static JsonFields parent(JsonFields remote, String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? remote : remote.child(path.substring(0, slash));
    }

    private static String leaf(String path) {
        return path.substring(path.indexOf('/') + 1);
    }
}

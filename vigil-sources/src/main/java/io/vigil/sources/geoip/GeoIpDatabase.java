package io.vigil.sources.geoip;

import com.maxmind.db.Metadata;
import com.maxmind.db.Reader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One or more MMDB city files, memory-mapped, read with MaxMind's reader (DB-IP Lite or MaxMind
 * GeoLite2/GeoIP2 City, see {@link CityRecord}). DB-IP comes as one file per IP version; a MaxMind
 * file holds both. An IPv4 address is looked up in the IPv4 files, or in the IPv6 files when there
 * is no IPv4 file (they map IPv4 into their tree); an IPv6 address only in IPv6 files (an IPv4-only
 * tree would answer it from its first 32 bits). Thread-safe.
 */
public final class GeoIpDatabase implements AutoCloseable {

    private final List<Reader> readers;
    private final List<Reader> forIpv4;
    private final List<Reader> forIpv6;
    private final String description;

    private GeoIpDatabase(List<Reader> readers, String description) {
        this.readers = readers;
        this.forIpv6 = readers.stream().filter(reader -> reader.getMetadata().ipVersion() == 6).toList();
        List<Reader> ipv4Only = readers.stream().filter(reader -> reader.getMetadata().ipVersion() == 4).toList();
        this.forIpv4 = ipv4Only.isEmpty() ? forIpv6 : ipv4Only;
        this.description = description;
    }

    /**
     * Opens the files, memory-mapped.
     *
     * @throws IOException naming the file that is missing or not an MMDB file
     */
    public static GeoIpDatabase open(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no MMDB file to open");
        }
        List<Reader> readers = new ArrayList<>();
        List<String> described = new ArrayList<>();
        try {
            for (Path file : files) {
                Reader reader = open(file);
                readers.add(reader);
                described.add(describe(file, reader.getMetadata()));
            }
        } catch (IOException | RuntimeException e) {
            IOException closing = closeAll(readers);
            if (closing != null) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return new GeoIpDatabase(List.copyOf(readers), String.join(", ", described));
    }

    private static Reader open(Path file) throws IOException {
        try {
            return new Reader(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " is not a readable MMDB file (" + e.getMessage() + ")", e);
        }
    }

    private static String describe(Path file, Metadata metadata) {
        return file.getFileName() + " (" + metadata.databaseType() + ", IPv" + metadata.ipVersion() + ", built "
                + metadata.buildTime().atOffset(ZoneOffset.UTC).toLocalDate() + ")";
    }

    /** The files, their database types and build dates, for the log. */
    public String description() {
        return description;
    }

    /**
     * Where the address (4 or 16 bytes) is; {@link GeoLocation#NONE} when no file knows it.
     *
     * @throws IOException when a file is corrupt where the lookup led
     */
    public GeoLocation lookup(byte[] address) throws IOException {
        InetAddress inet = toInetAddress(address);
        for (Reader reader : address.length == 4 ? forIpv4 : forIpv6) {
            @SuppressWarnings("unchecked")
            Map<String, Object> record = reader.get(inet, Map.class);
            GeoLocation location = CityRecord.toLocation(record);
            if (!location.isEmpty()) {
                return location;
            }
        }
        return GeoLocation.NONE;
    }

    /** From raw bytes, never a name: no DNS lookup. */
    private static InetAddress toInetAddress(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + address.length, e);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = closeAll(readers);
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes every reader; the first failure, or {@code null}. */
    private static IOException closeAll(List<Reader> readers) {
        IOException failure = null;
        for (Reader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        return failure;
    }
}

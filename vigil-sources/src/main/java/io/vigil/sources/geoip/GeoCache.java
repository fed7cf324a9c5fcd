package io.vigil.sources.geoip;

/**
 * Recent lookups by address text, in a fixed number of slots (direct-mapped: an address has one
 * slot, a newer address of the same slot replaces it). Bounded, lock-free and about as cheap as a
 * hash: the pipeline asks it for every document. Entries are immutable and their fields final, so a
 * thread that reads a slot another thread is writing sees either entry whole, never a torn one.
 */
final class GeoCache {

    private record Entry(String address, GeoLocation location) {
    }

    private final Entry[] slots;
    private final int mask;

    /** @param capacity number of slots, a power of two */
    GeoCache(int capacity) {
        if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("cache capacity must be a power of two, not " + capacity);
        }
        this.slots = new Entry[capacity];
        this.mask = capacity - 1;
    }

    /** The cached location, or {@code null} when the address is not cached. */
    GeoLocation get(String address) {
        Entry entry = slots[slot(address)];
        return entry != null && entry.address.equals(address) ? entry.location : null;
    }

    void put(String address, GeoLocation location) {
        slots[slot(address)] = new Entry(address, location);
    }

    private int slot(String address) {
        int hash = address.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }
}

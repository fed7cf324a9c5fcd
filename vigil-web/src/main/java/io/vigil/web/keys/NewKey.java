package io.vigil.web.keys;

/**
 * A key just created: the stored record and the plaintext key, which exists only here and is shown
 * to the user once. {@link #toString} leaves the plaintext out so it cannot end up in a log.
 */
public record NewKey(IngestKey key, String plaintext) {

    @Override
    public String toString() {
        return "NewKey[" + key.id() + " " + key.name() + "]";
    }
}

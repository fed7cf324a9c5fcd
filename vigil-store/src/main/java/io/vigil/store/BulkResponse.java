package io.vigil.store;

/**
 * The engine's answer to a bulk request: one result per action, in request order.
 */
public final class BulkResponse {

    private final int[] statuses;
    private final String[] errors;

    public BulkResponse(int[] statuses, String[] errors) {
        if (statuses.length != errors.length) {
            throw new IllegalArgumentException("one error slot per status");
        }
        this.statuses = statuses;
        this.errors = errors;
    }

    public int size() {
        return statuses.length;
    }

    /** The HTTP status of action {@code index}: 201 created, 409 conflict, 400 refused, 429 or 5xx. */
    public int status(int index) {
        return statuses[index];
    }

    /** The engine's reason for a failed action ({@code type: reason}), or {@code null}. */
    public String error(int index) {
        return errors[index];
    }
}

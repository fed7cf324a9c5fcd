package io.vigil.web.dashboard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A condition on one field in a declaration: the field has one of the values ({@code "value"} or
 * {@code "values"} in JSON), or merely has a value ({@code "exists": true}).
 */
public record FieldFilter(String field, List<String> values, boolean exists) {

    public FieldFilter {
        Objects.requireNonNull(field, "a filter needs 'field'");
        values = values == null ? List.of() : List.copyOf(values);
        if (exists == !values.isEmpty()) {
            throw new IllegalArgumentException("the filter on '" + field
                    + "' needs either 'value', 'values' or 'exists': true, and only one of them");
        }
    }

    @JsonCreator
    static FieldFilter read(@JsonProperty("field") String field, @JsonProperty("value") String value,
                            @JsonProperty("values") List<String> values, @JsonProperty("exists") Boolean exists) {
        if (value != null && values != null) {
            throw new IllegalArgumentException("the filter on '" + field + "' has both 'value' and 'values'");
        }
        return new FieldFilter(field, value != null ? List.of(value) : values, Boolean.TRUE.equals(exists));
    }

    public static FieldFilter term(String field, String value) {
        return new FieldFilter(field, List.of(value), false);
    }
}

package io.vigil.web.dashboard;

/** A field a declaration names, and what the query does with it: what its mapping must allow. */
public record FieldUse(String field, Need need) {

    public enum Need {
        /** Filtered on, grouped by, counted or sorted: a field with doc values (keyword, ip, boolean, number, date). */
        AGGREGATED,
        /** A time range or histogram axis: a date. */
        DATE,
        /** Map points: a geo_point. */
        GEO_POINT,
        /** Only shown in a table row: any mapped field. */
        SHOWN
    }

    public static FieldUse aggregated(String field) {
        return new FieldUse(field, Need.AGGREGATED);
    }

    public static FieldUse date(String field) {
        return new FieldUse(field, Need.DATE);
    }
}

package io.vigil.web.dashboard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A map tile {@code zoom/x/y} as the engines' geotile_grid names its buckets (Web Mercator, x from the
 * antimeridian eastwards, y from the north), and the latitude/longitude box it covers.
 */
public record MapTile(int zoom, int x, int y) {

    private static final Pattern KEY = Pattern.compile("(\\d{1,2})/(\\d{1,7})/(\\d{1,7})");

    public MapTile {
        if (zoom > 29 || x >= 1L << zoom || y >= 1L << zoom) {
            throw new IllegalArgumentException("'" + zoom + "/" + x + "/" + y + "' is not a map tile");
        }
    }

    /** @throws IllegalArgumentException when the key is not {@code zoom/x/y} of a tile */
    public static MapTile parse(String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + key + "' is not a map tile zoom/x/y such as 5/17/11");
        }
        return new MapTile(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    public double west() {
        return x / tiles() * 360.0 - 180.0;
    }

    public double east() {
        return (x + 1) / tiles() * 360.0 - 180.0;
    }

    public double north() {
        return latitude(y);
    }

    public double south() {
        return latitude(y + 1);
    }

    private double tiles() {
        return (double) (1L << zoom);
    }

    private double latitude(int row) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * row / tiles()))));
    }
}

package io.vigil.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapTileTest {

    @Test
    void aTileCoversItsShareOfTheWebMercatorWorld() {
        MapTile world = MapTile.parse("0/0/0");
        assertThat(world.west()).isEqualTo(-180.0);
        assertThat(world.east()).isEqualTo(180.0);
        assertThat(world.north()).isCloseTo(85.0511, within(1e-4));
        assertThat(world.south()).isCloseTo(-85.0511, within(1e-4));

        MapTile southEast = MapTile.parse("2/3/3");
        assertThat(southEast.west()).isEqualTo(90.0);
        assertThat(southEast.north()).isCloseTo(-66.5132, within(1e-4));
    }

    @Test
    void keysOutsideTheGridAreRefused() {
        assertThatThrownBy(() -> MapTile.parse("2/4/0")).hasMessageContaining("'2/4/0' is not a map tile");
        assertThatThrownBy(() -> MapTile.parse("5/1")).hasMessageContaining("zoom/x/y");
        assertThatThrownBy(() -> MapTile.parse("30/0/0")).hasMessageContaining("not a map tile");
    }
}

package io.vigil.store.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.store.EngineFamily;
import org.junit.jupiter.api.Test;

class EngineIdentityTest {

    @Test
    void comparesVersions() {
        assertThat(identity("2.19.6").versionAtLeast(2, 7)).isTrue();
        assertThat(identity("2.6.0").versionAtLeast(2, 7)).isFalse();
        assertThat(identity("3.0.0-beta1").versionAtLeast(2, 7)).isTrue();
        assertThat(identity("1.3.20").versionAtLeast(2, 7)).isFalse();
        assertThat(identity("serverless").versionAtLeast(2, 7)).isTrue();
    }

    private static EngineIdentity identity(String version) {
        return new EngineIdentity(EngineFamily.OPENSEARCH, version, "cluster");
    }
}

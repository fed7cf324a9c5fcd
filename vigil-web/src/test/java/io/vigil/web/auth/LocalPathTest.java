package io.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboards/cloudtrail", "/dashboards/cloudtrail?from=now-7d&project=alpha",
            "/a%2Fb"})
    void acceptsPathsOnThisServer(String path) {
        assertThat(LocalPath.of(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dashboards", "//evil.example", "/\\evil.example", "/\\/evil.example",
            "https://evil.example/", "/\t/evil.example", "/ /x", "javascript:alert(1)", "/a\nLocation: x",
            "\\\\evil.example"})
    void refusesEverythingThatCouldLeaveIt(String path) {
        assertThat(LocalPath.of(path)).isEmpty();
    }
}

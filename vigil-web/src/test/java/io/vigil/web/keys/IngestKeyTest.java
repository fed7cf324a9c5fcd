package io.vigil.web.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestKeyTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void scopesMatchByNameOrStar() {
        IngestKey scoped = new IngestKey("000000000001", "k", "00", List.of("ecs"), List.of("alpha"), CREATED, null);
        IngestKey all = new IngestKey("000000000002", "k", "00", List.of("*"), List.of("*"), CREATED, null);

        assertThat(scoped.allowsDataset("ecs")).isTrue();
        assertThat(scoped.allowsDataset("cloudtrail")).isFalse();
        assertThat(scoped.allowsProject("alpha")).isTrue();
        assertThat(scoped.allowsProject("beta")).isFalse();
        assertThat(scoped.allowsEveryProject()).isFalse();
        assertThat(all.allowsDataset("anything")).isTrue();
        assertThat(all.allowsProject("anything")).isTrue();
        assertThat(all.allowsEveryProject()).isTrue();
    }
}

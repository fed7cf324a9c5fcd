package io.vigil.sources.finding;

import java.util.Objects;

/**
 * A resource a finding is about, as its source names it.
 *
 * @param type the source's resource type, e.g. {@code Instance}, {@code AwsEcrContainerImage}
 * @param id   its id or ARN, e.g. {@code i-0abc...}, {@code arn:aws:s3:::bucket}
 */
public record FindingResource(String type, String id) {

    public FindingResource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}

package io.vigil.web;

/**
 * Whether the search engine answers, for {@code GET /health}. The detail is shown to anyone who can
 * reach the server: a version or a short reason, never a URL with credentials.
 */
public record EngineHealth(boolean reachable, String detail) {
}

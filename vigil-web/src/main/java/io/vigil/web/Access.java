package io.vigil.web;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. A route without one of these needs a principal: a user signed in with a
 * session or a valid ingest key. Access is denied by default, and routes opt out, never in.
 */
public enum Access implements RouteRole {
    /** No authentication (health checks, the login page). */
    PUBLIC,
    /** An ingest key only ({@code Authorization: Bearer}); a session cookie does not count. */
    INGEST_KEY,
    /** A principal with the admin role. */
    ADMIN
}

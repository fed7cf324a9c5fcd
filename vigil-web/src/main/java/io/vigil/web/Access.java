package io.vigil.web;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route requires a valid ingest key unless it is registered with
 * {@link #PUBLIC}: access is denied by default, and routes opt out, never in.
 */
public enum Access implements RouteRole {
    /** No authentication (health checks). */
    PUBLIC
}

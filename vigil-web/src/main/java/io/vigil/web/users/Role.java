package io.vigil.web.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a user does, as named in DESIGN.md, and the page each role lands on after signing in. A user
 * with several roles lands on the page of the first in this order. Until the portfolio, project,
 * delivery and hosts dashboards exist, managers and developers land on the vulnerabilities dashboard
 * (open versus resolved, time to remediate), security engineers on GuardDuty threats, sysadmins on
 * CloudTrail.
 */
public enum Role {
    PROGRAM_MANAGER("program-manager", "/dashboards/vulnerabilities"),
    PROJECT_MANAGER("project-manager", "/dashboards/vulnerabilities"),
    DEVELOPER("developer", "/dashboards/vulnerabilities"),
    SECURITY_ENGINEER("security-engineer", "/dashboards/guardduty"),
    SYSADMIN("sysadmin", "/dashboards/cloudtrail"),
    ADMIN("admin", "/admin"),
    DEMO("demo", "/dashboards/cloudtrail");

    private final String id;
    private final String landing;

    Role(String id, String landing) {
        this.id = id;
        this.landing = landing;
    }

    /** The name users and files use, e.g. {@code security-engineer}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The local path this role starts on. */
    public String landing() {
        return landing;
    }

    /**
     * @throws IllegalArgumentException naming the roles there are, when the id is none of them
     */
    @JsonCreator
    public static Role fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a role; the roles are "
                        + ids(Arrays.asList(values()))));
    }

    /** The ids, comma-separated, e.g. {@code developer, admin}. */
    public static String ids(Collection<Role> roles) {
        return roles.stream().map(Role::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}

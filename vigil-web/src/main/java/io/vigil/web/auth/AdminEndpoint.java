package io.vigil.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vigil.web.page.Html;
import io.vigil.web.page.Page;
import io.vigil.web.users.Role;
import io.vigil.web.users.User;
import io.vigil.web.users.UserStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin page, for admins only: {@code GET /admin} lists the users with their roles and project
 * grants; {@code POST /admin/users} adds one, {@code POST /admin/users/{name}/delete} removes one and
 * {@code POST /admin/users/{name}/grant} sets one's roles and projects. Every form carries the CSRF
 * token; a change answers with a redirect back to the list, a refused one with the list and the reason.
 */
public final class AdminEndpoint {

    public static final String PATH = "/admin";
    public static final String ADD_PATH = "/admin/users";
    public static final String DELETE_PATH = "/admin/users/{name}/delete";
    public static final String GRANT_PATH = "/admin/users/{name}/grant";

    private static final Logger LOG = LoggerFactory.getLogger(AdminEndpoint.class);

    private final UserStore users;
    private final Clock clock;

    public AdminEndpoint(Authentication auth) {
        this.users = auth.users();
        this.clock = auth.clock();
    }

    public void page(Context ctx) {
        show(ctx, 200, null);
    }

    public void add(Context ctx) {
        change(ctx, () -> {
            User user = users.add(field(ctx, "name"), ctx.formParam("password"), roles(ctx), projects(ctx));
            return "added user '" + user.name() + "'";
        });
    }

    public void delete(Context ctx) {
        change(ctx, () -> "removed user '" + users.remove(ctx.pathParam("name")).name() + "'");
    }

    public void grant(Context ctx) {
        change(ctx, () -> {
            User user = users.grant(ctx.pathParam("name"), roles(ctx), projects(ctx));
            return "set the access of user '" + user.name() + "' to roles " + user.roles() + ", projects "
                    + user.projects();
        });
    }

    /** Runs a change whose answer says what was done, for the log. */
    private void change(Context ctx, Supplier<String> change) {
        String done;
        try {
            done = change.get();
        } catch (IllegalArgumentException e) {
            show(ctx, 400, e.getMessage());
            return;
        }
        LOG.info("admin '{}' {}", RequestAuth.principal(ctx).name(), done);
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String error) {
        // only users hold the admin role, so an admin's request always comes with a session
        Html csrf = CsrfCheck.field(RequestAuth.session(ctx).orElseThrow());
        List<Html> rows = users.list().stream().map(user -> row(user, csrf)).toList();
        Html content = Html.format("""
                %s
                <h2>Users</h2>
                <table>
                <thead><tr><th>Name</th><th>Roles</th><th>Projects</th><th>Created</th><th>Login</th><th>Access</th><th></th></tr></thead>
                <tbody>
                %s
                </tbody>
                </table>
                <h2>Add a user</h2>
                <form method="post" action="%s">%s
                <label>Name <input name="name" required></label>
                <label>Password <input name="password" type="password" autocomplete="new-password" required></label>
                %s
                <label>Projects <input name="projects" placeholder="alpha, beta or *"></label>
                <button type="submit">Add</button>
                </form>""",
                error == null ? Html.EMPTY : Html.format("<p class=\"error\" role=\"alert\">%s</p>", error),
                Html.join(rows), ADD_PATH, csrf, roleChoices(List.of()));
        Page.send(ctx, status, "Users", UserBar.of(ctx), content);
    }

    private Html row(User user, Html csrf) {
        String login = user.lockedAt(clock.instant()) ? "locked until " + user.lockedUntil()
                : user.failedLogins() > 0 ? user.failedLogins() + " failed" : "";
        return Html.format("""
                <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>
                <td><form method="post" action="%s">%s%s<input name="projects" value="%s"><button type="submit">Set</button></form></td>
                <td><form method="post" action="%s">%s<button type="submit">Delete</button></form></td></tr>""",
                user.name(), Role.ids(user.roles()), String.join(", ", user.projects()), user.createdAt(), login,
                GRANT_PATH.replace("{name}", user.name()), csrf, roleChoices(user.roles()),
                String.join(", ", user.projects()), DELETE_PATH.replace("{name}", user.name()), csrf);
    }

    private static Html roleChoices(List<Role> checked) {
        return Html.join(Arrays.stream(Role.values()).map(role -> Html.format(
                "<label><input type=\"checkbox\" name=\"roles\" value=\"%s\"%s> %s</label>", role.id(),
                checked.contains(role) ? Html.format(" checked") : Html.EMPTY, role.id())).toList());
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).map(String::trim).orElse("");
    }

    private static List<Role> roles(Context ctx) {
        return ctx.formParams("roles").stream().map(Role::fromId).toList();
    }

    private static List<String> projects(Context ctx) {
        return Arrays.stream(field(ctx, "projects").split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }
}

package io.vigil.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vigil.web.page.Html;
import io.vigil.web.page.Page;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /login} (the form), {@code POST /login} and {@code POST /logout}. A successful login
 * closes the browser's previous session and opens a new one (a fresh id, so an id planted before login
 * is worth nothing), then goes to the page asked for before login when that is a local path, or to
 * the landing page of the user's role.
 */
public final class LoginEndpoint {

    public static final String PATH = "/login";
    public static final String LOGOUT_PATH = "/logout";
    /** The one answer to every refused login, so it does not tell unknown users and lockouts apart. */
    static final String REFUSED = "Login failed: the user name or password is wrong, or the user is locked"
            + " for a while after too many failed logins. Try again later, or ask an admin.";

    private static final Logger LOG = LoggerFactory.getLogger(LoginEndpoint.class);

    private final Authentication auth;

    public LoginEndpoint(Authentication auth) {
        this.auth = auth;
    }

    public void form(Context ctx) {
        Optional<Principal> principal = RequestAuth.optionalPrincipal(ctx);
        if (principal.isPresent() && principal.get().landing().isPresent()) {
            ctx.redirect(principal.get().landing().get(), HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, 200, null, LocalPath.of(ctx.queryParam("next")));
    }

    public void login(Context ctx) {
        String name = ctx.formParam("name");
        Optional<String> next = LocalPath.of(ctx.formParam("next"));
        LoginResult result = auth.login(name, ctx.formParam("password"), ctx.ip());
        switch (result.outcome()) {
            case THROTTLED -> {
                LOG.info("login throttled for {}", ctx.ip());
                ctx.header("Retry-After", Long.toString(Math.max(1, result.retryAfter().toSeconds())));
                show(ctx, 429, "Too many login attempts from your address: wait a minute and try again.", next);
            }
            case REFUSED -> {
                // only a known name is logged: an unknown one may be a password typed into the wrong field
                LOG.info("login refused for {} from {}", name == null ? "no user" : auth.users().find(name)
                        .map(user -> "user '" + user.name() + "'").orElse("an unknown user"), ctx.ip());
                show(ctx, 401, REFUSED, next);
            }
            case SIGNED_IN -> {
                RequestAuth.session(ctx).ifPresent(auth.sessions()::close);
                Sessions.Opened opened = auth.sessions().open(result.user());
                SessionCookie.set(ctx, opened.id());
                LOG.info("user '{}' logged in from {}", result.user().name(), ctx.ip());
                ctx.redirect(next.orElse(result.user().landing()), HttpStatus.SEE_OTHER);
            }
        }
    }

    public void logout(Context ctx) {
        Optional<Session> session = RequestAuth.session(ctx);
        if (session.isPresent()) {
            CsrfCheck.require(ctx, session.get());
            auth.sessions().close(session.get());
            LOG.info("user '{}' logged out", session.get().userName());
        }
        SessionCookie.clear(ctx);
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    private static void show(Context ctx, int status, String message, Optional<String> next) {
        Html content = Html.format("""
                %s
                <form class="login" method="post" action="%s">
                <label>User name <input name="name" autocomplete="username" required autofocus></label>
                <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                %s
                <button type="submit">Log in</button>
                </form>""",
                message == null ? Html.EMPTY : Html.format("<p class=\"error\" role=\"alert\">%s</p>", message),
                PATH,
                next.map(path -> Html.format("<input type=\"hidden\" name=\"next\" value=\"%s\">", path))
                        .orElse(Html.EMPTY));
        Page.send(ctx, status, "Log in", Html.EMPTY, content);
    }
}

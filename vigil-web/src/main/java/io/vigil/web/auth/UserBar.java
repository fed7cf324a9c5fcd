package io.vigil.web.auth;

import io.javalin.http.Context;
import io.vigil.web.page.Html;

/** The top bar of a page: who is signed in and a logout button, or nothing before login. */
public final class UserBar {

    private UserBar() {
    }

    public static Html of(Context ctx) {
        return RequestAuth.session(ctx).map(session -> Html.format("""
                <span class="user">%s</span>
                <form class="logout" method="post" action="/logout">%s<button type="submit">Log out</button></form>""",
                session.userName(), CsrfCheck.field(session))).orElse(Html.EMPTY);
    }
}

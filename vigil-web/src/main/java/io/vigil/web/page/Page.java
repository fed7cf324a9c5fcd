package io.vigil.web.page;

import io.javalin.http.Context;

/**
 * Sends a server-rendered HTML page in Vigil's layout, with the Content-Security-Policy for pages:
 * only the server's own styles, scripts and images (plus data: images), no inline script, forms that
 * post only to the server, and no framing.
 */
public final class Page {

    /** The files under {@code /static/}, whose versioned URLs the pages link. */
    public static final StaticAssets ASSETS = new StaticAssets();
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Page() {
    }

    /**
     * @param header what the top bar shows besides the name, e.g. the signed-in user and a logout form
     */
    public static void send(Context ctx, int status, String title, Html header, Html content) {
        Html page = Html.format("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%s · Vigil</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <header><strong>Vigil</strong> %s</header>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """, title, ASSETS.url("dashboard.css"), header, title, content);
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.status(status).contentType("text/html; charset=utf-8").result(page.toString());
    }
}

package io.vigil.app.browser;

import java.net.URI;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A request the page itself sends with {@code fetch}, with the browser's session cookie, as the
 * dashboard's script and its CSV link do: what a signed-in user can get from the API by hand.
 */
record PageFetch(int status, String contentType, String body) {

    private static final String FETCH = """
            var done = arguments[arguments.length - 1];
            fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: arguments[1] } })
              .then(function (response) {
                return response.text().then(function (body) {
                  done({ status: response.status, type: response.headers.get('Content-Type') || '', body: body });
                });
              })
              .catch(function (error) { done({ status: -1, type: '', body: String(error) }); });""";

    static PageFetch get(ChromeDriver driver, URI url, String accept) {
        Map<?, ?> answer = (Map<?, ?>) driver.executeAsyncScript(FETCH, url.toString(), accept);
        return new PageFetch(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
                (String) answer.get("body"));
    }
}

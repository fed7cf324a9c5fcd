package io.vigil.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryValueThatIsNotHtml() {
        Html html = Html.format("<p title=\"%s\">%s</p>", "\" onmouseover=\"x", "<script>alert('&')</script>");

        assertThat(html.toString()).isEqualTo("<p title=\"&quot; onmouseover=&quot;x\">"
                + "&lt;script&gt;alert(&#39;&amp;&#39;)&lt;/script&gt;</p>");
    }

    @Test
    void insertsHtmlValuesAsTheyAre() {
        Html inner = Html.format("<b>%s</b>", "a<b");

        assertThat(Html.format("<p>%s %s</p>", inner, 42).toString()).isEqualTo("<p><b>a&lt;b</b> 42</p>");
        assertThat(Html.join(List.of(inner, Html.EMPTY, inner)).toString()).isEqualTo("<b>a&lt;b</b><b>a&lt;b</b>");
    }

    @Test
    void nullIsNothing() {
        assertThat(Html.format("<td>%s</td>", (Object) null).toString()).isEqualTo("<td></td>");
    }
}

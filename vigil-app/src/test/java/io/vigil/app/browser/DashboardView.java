package io.vigil.app.browser;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dashboard page in the browser: opens it, waits until every panel has loaded, reads what the
 * panels show from their data attributes, clicks bars and table cells as a user does, and takes
 * screenshots.
 */
final class DashboardView {

    /** Generous: a whole dashboard's searches on a loaded two-core machine. */
    static final Duration LOAD = Duration.ofSeconds(90);

    private static final String PANEL_STATES = """
            var panels = Array.prototype.slice.call(document.querySelectorAll('#dashboard .panel[data-panel]'));
            if (panels.length === 0 || panels.some(function (p) {
              return p.dataset.state !== 'ready' && p.dataset.state !== 'error';
            })) {
              return null;
            }
            return panels.map(function (p) { return p.dataset.panel + ': ' + p.dataset.state; }).join(', ');""";
    private static final String READ_PANELS = """
            return Array.prototype.map.call(document.querySelectorAll('#dashboard .panel[data-panel]'), function (p) {
              var values = {};
              p.querySelectorAll('table.values tr[data-key]').forEach(function (row) {
                values[row.dataset.key] = row.dataset.value;
              });
              p.querySelectorAll('select.control option').forEach(function (option) {
                if (option.value) { values[option.value] = option.dataset.value; }
              });
              var metric = p.querySelector('.metric-value');
              var error = p.querySelector('.panel-error');
              return {
                id: p.dataset.panel, visualization: p.dataset.visualization, state: p.dataset.state || '',
                total: p.querySelector('.total').dataset.value || null, values: values,
                metric: metric ? metric.dataset.value : null,
                rows: p.querySelectorAll('table.rows tbody tr').length,
                charts: p.querySelectorAll('.chart canvas').length,
                empty: p.querySelector('.empty') !== null,
                error: error ? error.textContent : null
              };
            });""";
    /** Where the middle of a bar of a horizontal bar chart is, in CSS pixels from the chart's top left. */
    private static final String BAR_POSITION = """
            var chart = echarts.getInstanceByDom(document.querySelector('#panel-' + arguments[0] + ' .chart'));
            var option = chart.getOption();
            var index = option.yAxis[0].data.indexOf(arguments[1]);
            if (index < 0) { return null; }
            return chart.convertToPixel({ seriesIndex: 0 }, [option.series[0].data[index] / 2, index]);""";
    /** Whether every chart the selector finds has its data set and no animation running. */
    private static final String CHARTS_SETTLED = """
            if (typeof echarts === 'undefined') { return false; }
            return Array.prototype.every.call(document.querySelectorAll(arguments[0]), function (div) {
              var chart = echarts.getInstanceByDom(div);
              var option = chart && chart.getOption();
              return option && option.series && option.series.length > 0 && chart.getZr().animation.isFinished();
            });""";

    private final ChromeDriver driver;
    private final WebElement root;

    private DashboardView(ChromeDriver driver, WebElement root) {
        this.driver = driver;
        this.root = root;
    }

    /** Opens {@code /dashboards/<id>} with the query parameters (in order) and waits until it has loaded. */
    static DashboardView open(ChromeDriver driver, URI site, String id, Map<String, String> parameters) {
        driver.get(site.resolve("/dashboards/" + id + "?" + query(parameters)).toString());
        return loaded(driver);
    }

    /** The dashboard the browser shows, once every panel has loaded; fails on a panel that shows an error. */
    static DashboardView loaded(ChromeDriver driver) {
        WebElement root = new WebDriverWait(driver, LOAD).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
        String states = new WebDriverWait(driver, LOAD).withMessage("every panel of " + driver.getCurrentUrl()
                + " to load").until(d -> (String) ((JavascriptExecutor) d).executeScript(PANEL_STATES));
        if (states.contains(": error")) {
            List<String> errors = new DashboardView(driver, root).panels().stream().filter(p -> p.error() != null)
                    .map(p -> p.id() + ": " + p.error()).toList();
            throw new AssertionError("panels of " + driver.getCurrentUrl() + " show errors: " + errors);
        }
        return new DashboardView(driver, root);
    }

    String id() {
        return root.getAttribute("data-dashboard");
    }

    List<ShownPanel> panels() {
        List<ShownPanel> panels = new ArrayList<>();
        for (Object read : (List<?>) driver.executeScript(READ_PANELS)) {
            panels.add(ShownPanel.from((Map<?, ?>) read));
        }
        return panels;
    }

    Map<String, ShownPanel> panelsById() {
        Map<String, ShownPanel> byId = new LinkedHashMap<>();
        panels().forEach(panel -> byId.put(panel.id(), panel));
        return byId;
    }

    /** The query parameters of the page's URL, decoded, in order; repeated names keep every value. */
    List<Map.Entry<String, String>> parameters() {
        String query = URI.create(driver.getCurrentUrl()).getRawQuery();
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.add(Map.entry(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1))));
            }
        }
        return parameters;
    }

    /** The dashboards the navigation links to, by id. */
    List<String> navigation() {
        return driver.findElements(By.cssSelector("nav.dashboards a")).stream()
                .map(link -> URI.create(link.getAttribute("href")).getPath().replace("/dashboards/", "")).toList();
    }

    /** The values a select of the filter bar offers besides "All", once the page has filled it from the engine. */
    List<String> selectOptions(String name) {
        By options = By.cssSelector("#filter-" + name + " option");
        new WebDriverWait(driver, LOAD).withMessage("the " + name + " select to offer its values")
                .until(d -> d.findElements(options).size() > 1);
        return driver.findElements(options).stream().map(option -> option.getAttribute("value"))
                .filter(value -> !value.isEmpty()).toList();
    }

    /** The link a table panel offers to download its rows as CSV. */
    URI csvLink(String panel) {
        return URI.create(driver.findElement(By.cssSelector("#panel-" + panel + " a.csv")).getAttribute("href"));
    }

    /** Clicks the bar of a horizontal bar chart with the mouse, and waits for the page it leads to. */
    DashboardView clickBar(String panel, String key) {
        String selector = "#panel-" + panel + " .chart";
        WebElement chart = driver.findElement(By.cssSelector(selector));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        awaitCharts(selector);
        List<?> position = (List<?>) driver.executeScript(BAR_POSITION, panel, key);
        if (position == null) {
            throw new AssertionError("panel " + panel + " has no bar " + key);
        }
        int x = (int) Math.round(((Number) position.get(0)).doubleValue() - chart.getRect().getWidth() / 2.0);
        int y = (int) Math.round(((Number) position.get(1)).doubleValue() - chart.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(chart, x, y).click().perform();
        return next();
    }

    /**
     * Clicks the first cell of a table column that filters, and waits for the page it leads to.
     *
     * @return the value clicked and the page
     */
    Map.Entry<String, DashboardView> clickFirstCell(String panel, String field) {
        WebElement button = driver.findElement(By.cssSelector("#panel-" + panel
                + " table.rows tbody td[data-field='" + field + "'] button.cell-filter"));
        String value = button.getText();
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        return Map.entry(value, next());
    }

    /**
     * Saves the whole page as a PNG once every chart is drawn and still, the world map included
     * (it is drawn after its geometry arrives).
     */
    void screenshot(Path file) {
        awaitCharts("#dashboard .chart");
        Screenshots.page(driver, file);
    }

    /** Waits until the charts are drawn and still (bars grow in, the world map comes after its geometry). */
    private void awaitCharts(String selector) {
        new WebDriverWait(driver, LOAD).withMessage("the charts " + selector + " of " + id() + " to be drawn")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(CHARTS_SETTLED, selector)));
    }

    private DashboardView next() {
        new WebDriverWait(driver, LOAD).withMessage("the page to reload with the filter")
                .until(ExpectedConditions.stalenessOf(root));
        return loaded(driver);
    }

    static String query(Map<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

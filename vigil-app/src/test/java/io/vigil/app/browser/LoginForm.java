package io.vigil.app.browser;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page, filled in and sent as a user does. */
final class LoginForm {

    private final ChromeDriver driver;
    private final WebElement form;

    private LoginForm(ChromeDriver driver, WebElement form) {
        this.driver = driver;
        this.form = form;
    }

    /** Opens {@code /login} with no session (the browser's cookies are cleared first). */
    static LoginForm open(ChromeDriver driver, URI site) {
        driver.manage().deleteAllCookies();
        driver.get(site.resolve("/login").toString());
        return current(driver);
    }

    private static LoginForm current(ChromeDriver driver) {
        return new LoginForm(driver, new WebDriverWait(driver, DashboardView.LOAD)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.login"))));
    }

    /**
     * Types the name and password and sends the form.
     *
     * @return the error the login page shows after it, or empty when the browser left the login page
     */
    Optional<String> submit(String name, String password) {
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.name("password")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, DashboardView.LOAD).until(ExpectedConditions.stalenessOf(form));
        if (!URI.create(driver.getCurrentUrl()).getPath().equals("/login")) {
            return Optional.empty();
        }
        List<WebElement> errors = current(driver).form.findElements(By.xpath("preceding-sibling::p[@role='alert']"));
        return Optional.of(errors.isEmpty() ? "(no message)" : errors.get(0).getText());
    }

    /** Signs in and returns the path the browser landed on. */
    String signIn(String name, String password) {
        submit(name, password).ifPresent(error -> {
            throw new AssertionError("user " + name + " could not log in: " + error);
        });
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Who the page header says is signed in. */
    static String signedInUser(ChromeDriver driver) {
        return driver.findElement(By.cssSelector("header .user")).getText();
    }
}

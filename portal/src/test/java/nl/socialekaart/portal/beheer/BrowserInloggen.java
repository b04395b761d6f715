package nl.socialekaart.portal.beheer;

import nl.socialekaart.directory.demo.DemoGebruikers;
import nl.socialekaart.portal.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logs a {@link Browser} in to beheer through the login form, as a person does. */
public final class BrowserInloggen {

    private BrowserInloggen() {
    }

    public static void als(Browser browser, String basis, String email) {
        browser.driver().get(basis + "/beheer/inloggen");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("wachtwoord")).sendKeys(DemoGebruikers.WACHTWOORD);
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlMatches(".*/beheer/?$"));
    }
}

package nl.socialekaart.portal.web.beveiliging;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InlogpogingenTest {

    private Instant nu = Instant.parse("2026-11-24T10:00:00Z");
    private final Inlogpogingen pogingen = new Inlogpogingen(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    });

    @Test
    void fiveFailuresBlockTheAccountUntilTheyAreAQuarterOld() {
        for (int i = 0; i < Inlogpogingen.PER_ACCOUNT; i++) {
            assertFalse(pogingen.geblokkeerd("Piet@Example.nl", "10.0.0.1"));
            pogingen.mislukt("piet@example.nl", "10.0.0.1");
        }
        assertTrue(pogingen.geblokkeerd("PIET@example.nl", "10.0.0.2"), "ook vanaf een ander adres");

        nu = nu.plus(Inlogpogingen.VENSTER).plus(Duration.ofSeconds(1));
        assertFalse(pogingen.geblokkeerd("piet@example.nl", "10.0.0.1"));
    }

    @Test
    void manyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        for (int i = 0; i < Inlogpogingen.PER_ADRES; i++) {
            pogingen.mislukt("gok" + i + "@example.nl", "10.0.0.9");
        }
        assertTrue(pogingen.geblokkeerd("nieuw@example.nl", "10.0.0.9"));
        assertFalse(pogingen.geblokkeerd("nieuw@example.nl", "10.0.0.10"));
    }
}

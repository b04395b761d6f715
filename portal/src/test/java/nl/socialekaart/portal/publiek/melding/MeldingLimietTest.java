package nl.socialekaart.portal.publiek.melding;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeldingLimietTest {

    @Test
    void fiveMeldingenPerAddressPerQuarterThenWaitOthersUnaffected() {
        AtomicReference<Instant> nu = new AtomicReference<>(Instant.parse("2026-04-07T10:00:00Z"));
        Clock klok = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return nu.get(); }
        };
        MeldingLimiet limiet = new MeldingLimiet(klok);

        for (int i = 0; i < MeldingLimiet.MAXIMUM; i++) {
            assertTrue(limiet.toegestaan("192.0.2.1"), "melding " + (i + 1));
        }
        assertFalse(limiet.toegestaan("192.0.2.1"), "de zesde binnen een kwartier");
        assertTrue(limiet.toegestaan("192.0.2.2"), "een ander adres");

        nu.set(nu.get().plus(MeldingLimiet.VENSTER).plusSeconds(1));
        assertTrue(limiet.toegestaan("192.0.2.1"), "na een kwartier weer");
    }

    @Test
    void aTokenIsOursOnlyForItsVoorzieningAndUntampered() {
        Clock klok = Clock.fixed(Instant.parse("2026-04-07T10:00:00Z"), ZoneOffset.UTC);
        FormulierToken tokens = new FormulierToken(new nl.socialekaart.portal.web.PortalConfiguration("x", "https://a/{z}", "", "http://x",
                "Europe/Amsterdam", "", null, new nl.socialekaart.portal.web.PortalConfiguration.Kleuren("#000", "#000", "#000"), "geheim"), klok);
        String token = tokens.uitgeven("voorziening-1");

        assertTrue(tokens.controleer("voorziening-1", token).orElseThrow().equals(klok.instant()));
        assertTrue(tokens.controleer("voorziening-2", token).isEmpty(), "ander doel");
        assertTrue(tokens.controleer("voorziening-1", "1" + token).isEmpty(), "andere tijd");
        assertTrue(tokens.controleer("voorziening-1", null).isEmpty());
        assertTrue(tokens.controleer("voorziening-1", "onzin").isEmpty());
    }
}

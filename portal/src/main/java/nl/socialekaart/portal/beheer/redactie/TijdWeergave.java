package nl.socialekaart.portal.beheer.redactie;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as beheer pages show them, in the gemeente's time (templates may not call static methods). */
public final class TijdWeergave {

    public static final TijdWeergave INSTANTIE = new TijdWeergave();

    private static final DateTimeFormatter FORMAAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    public String tekst(Instant moment) {
        return moment == null ? "" : FORMAAT.format(moment);
    }
}

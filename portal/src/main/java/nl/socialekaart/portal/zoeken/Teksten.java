package nl.socialekaart.portal.zoeken;

import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;

/** Plain-Dutch (B1) wording of the domain's codes, handed to every template as {@code teksten}. */
@Singleton
public class Teksten {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    /** The tel: link of a phone number as people write it ("026 - 123 45 67" dials 0261234567). */
    public String telefoonLink(String telefoon) {
        return "tel:" + telefoon.replace(" ", "").replace("-", "");
    }

    public String datum(LocalDate datum) {
        return DATUM.format(datum);
    }

    public String toegang(Toegang toegang) {
        return switch (toegang) {
            case VRIJ_TOEGANKELIJK -> "U kunt zonder verwijzing binnenlopen";
            case AANMELDEN -> "U meldt zich eerst aan";
            case VIA_VERWIJZING -> "Via het sociaal team of een verwijzing";
            case INDICATIE -> "Alleen met een indicatie of beschikking";
        };
    }

    public String kosten(Kosten kosten) {
        return switch (kosten) {
            case GRATIS -> "Gratis";
            case EIGEN_BIJDRAGE -> "Met een eigen bijdrage";
            case BETAALD -> "U betaalt zelf";
        };
    }

    public String soort(Soort soort) {
        return switch (soort) {
            case ALGEMEEN -> "Algemene voorziening";
            case COLLECTIEF -> "Collectieve voorziening";
            case VOORLIGGEND -> "Voorliggende voorziening";
            case LICHTE_MAATWERK -> "Lichte ondersteuning via het sociaal team";
            case MAATWERK -> "Maatwerk (met indicatie)";
        };
    }

    public String weekdag(int weekdag) {
        return nl.socialekaart.portal.voorziening.Weekdagen.naam(weekdag);
    }
}

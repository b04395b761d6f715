package nl.socialekaart.portal.web.taal;

import jakarta.inject.Singleton;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;

import java.time.LocalDate;

/**
 * Plain wording (B1) of the domain's codes, in the language of the request, handed to every template as
 * {@code teksten}. The words are in the message bundle under {@code toegang.*}, {@code kosten.*} and {@code soort.*}.
 */
@Singleton
public class Teksten {

    private final HuidigeTaal huidigeTaal;

    public Teksten(HuidigeTaal huidigeTaal) {
        this.huidigeTaal = huidigeTaal;
    }

    /** The tel: link of a phone number as people write it ("026 - 123 45 67" dials 0261234567). */
    public String telefoonLink(String telefoon) {
        return "tel:" + telefoon.replace(" ", "").replace("-", "");
    }

    public String datum(LocalDate datum) {
        return huidigeTaal.vertaling().datum(datum);
    }

    public String toegang(Toegang toegang) {
        return huidigeTaal.vertaling().tekst("toegang." + toegang.name());
    }

    public String kosten(Kosten kosten) {
        return huidigeTaal.vertaling().tekst("kosten." + kosten.name());
    }

    public String soort(Soort soort) {
        return huidigeTaal.vertaling().tekst("soort." + soort.name());
    }
}

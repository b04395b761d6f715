package nl.socialekaart.directory.uitwisseling;

import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Toegang;

/** Plain-Dutch texts for HSDS's free-text fields, for readers that do not know the profile's codes. */
final class Labels {

    private Labels() {
    }

    static String toegang(Toegang toegang) {
        return switch (toegang) {
            case VRIJ_TOEGANKELIJK -> "Vrij toegankelijk: u kunt zonder aanmelding gebruikmaken van deze voorziening.";
            case AANMELDEN -> "Aanmelden: meld u vooraf aan bij de aanbieder.";
            case VIA_VERWIJZING -> "Via verwijzing: u komt hier via een verwijzing, bijvoorbeeld van het sociaal team of de huisarts.";
            case INDICATIE -> "Met indicatie: u heeft een beschikking van de gemeente nodig.";
        };
    }

    static String kosten(Kosten kosten) {
        return switch (kosten) {
            case GRATIS -> "Gratis";
            case EIGEN_BIJDRAGE -> "Eigen bijdrage";
            case BETAALD -> "Betaald";
        };
    }
}

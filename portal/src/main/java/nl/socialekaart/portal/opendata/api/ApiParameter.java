package nl.socialekaart.portal.opendata.api;

import nl.socialekaart.search.zoeken.OngeldigeZoekvraagException;

/** Reads query parameters of the public API so a bad one gets a 400 naming it, not a framework error. */
final class ApiParameter {

    private ApiParameter() {
    }

    static int geheelGetal(String naam, String waarde) {
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeZoekvraagException(naam, "moet een geheel getal zijn");
        }
    }
}

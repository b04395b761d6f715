package nl.socialekaart.portal.api;

/** Checks query parameters so a bad one gets a 400 naming it, instead of a framework error. */
final class ApiParameter {

    private ApiParameter() {
    }

    static int geheelGetal(String naam, String waarde, int minimum, int maximum) {
        try {
            int getal = Integer.parseInt(waarde.strip());
            if (getal < minimum || getal > maximum) {
                throw new OngeldigeParameterException(naam, "moet tussen " + minimum + " en " + maximum + " liggen");
            }
            return getal;
        } catch (NumberFormatException e) {
            throw new OngeldigeParameterException(naam, "moet een geheel getal zijn");
        }
    }
}

package nl.socialekaart.portal.voorziening;

/** Dutch names of the ISO weekdays (1 = maandag ... 7 = zondag). */
public final class Weekdagen {

    private static final String[] NAMEN = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

    private Weekdagen() {
    }

    public static String naam(int weekdag) {
        if (weekdag < 1 || weekdag > 7) {
            throw new IllegalArgumentException("weekdag " + weekdag);
        }
        return NAMEN[weekdag - 1];
    }
}

package nl.socialekaart.portal.meting;

/**
 * Which audience a request path serves, so latency can be watched per audience: a slow beheer screen should not
 * hide in the public pages' numbers, nor the reverse.
 */
enum Routegroep {
    PUBLIEK, BEHEER, PROFESSIONAL, OPENDATA, STATISCH;

    static Routegroep van(String pad) {
        if (pad.startsWith("/beheer")) {
            return BEHEER;
        }
        if (pad.startsWith("/professional")) {
            return PROFESSIONAL;
        }
        if (pad.startsWith("/hsds") || pad.startsWith("/api/")) {
            return OPENDATA;
        }
        if (pad.startsWith("/static/") || pad.startsWith("/webjars/")) {
            return STATISCH;
        }
        return PUBLIEK;
    }

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The search routes of every audience: their latency is what a resident feels most. */
    static boolean isZoeken(String pad) {
        return pad.equals("/zoeken") || pad.equals("/api/v1/zoeken") || pad.equals("/professional/zoeken")
                || pad.equals("/api/v1/suggesties");
    }
}

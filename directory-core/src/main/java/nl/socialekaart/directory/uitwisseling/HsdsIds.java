package nl.socialekaart.directory.uitwisseling;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers for HSDS objects that have no row of their own in our model (addresses, phones, schedules,
 * service areas, attributes, service_at_location) or whose row id differs per database (thema and doelgroep
 * get random ids in V3). Name-based UUIDs (version 3) of a stable key, so the same data gives the same ids
 * in every database and in every export: a round trip export, import, export is byte-for-byte comparable.
 */
public final class HsdsIds {

    private static final String NAAMRUIMTE = "sociale-kaart/hsds/";

    private HsdsIds() {
    }

    public static UUID van(String soort, Object... delen) {
        StringBuilder sleutel = new StringBuilder(NAAMRUIMTE).append(soort);
        for (Object deel : delen) {
            sleutel.append('/').append(deel);
        }
        return UUID.nameUUIDFromBytes(sleutel.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static UUID taxonomie(Taxonomie taxonomie) {
        return van("taxonomy", taxonomie.code());
    }

    public static UUID term(Taxonomie taxonomie, String code) {
        return van("taxonomy_term", taxonomie.code(), code);
    }

    public static UUID serviceAtLocation(Object voorzieningId, Object locatieId) {
        return van("service_at_location", voorzieningId, locatieId);
    }
}

package nl.socialekaart.directory.uitwisseling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file of the HSDS tabular data package: the HSDS table name, its columns (HSDS field names; the
 * profile's nested objects flattened with an underscore: {@code kern_slug}, {@code gemeente_cbs_code}) and
 * their Table Schema types.
 */
public enum Tabel {
    ORGANIZATIONS("organization", "id", "name", "description", "email", "website"),
    SERVICES("service", "id", "organization_id", "name", "description", "url", "email", "status",
            "application_process", "fees_description", "assured_date:date", "last_modified:datetime",
            "korte_omschrijving", "soort", "toegang", "kosten"),
    PHONES("phone", "id", "service_id", "organization_id", "number"),
    LOCATIONS("location", "id", "location_type", "name", "latitude:number", "longitude:number", "external_identifier",
            "external_identifier_type", "kern_slug", "kern_naam", "kern_gebied", "gemeente_cbs_code", "gemeente_naam",
            "bag_id", "wijkcode", "buurtcode"),
    ADDRESSES("address", "id", "location_id", "address_1", "city", "state_province", "postal_code", "country",
            "address_type"),
    ACCESSIBILITY("accessibility", "id", "location_id", "description", "rolstoeltoegankelijk:boolean"),
    SERVICE_AT_LOCATIONS("service_at_location", "id", "service_id", "location_id"),
    SCHEDULES("schedule", "id", "service_id", "location_id", "service_at_location_id", "freq", "wkst", "byday",
            "opens_at", "closes_at", "description"),
    SERVICE_AREAS("service_area", "id", "service_id", "name", "description", "extent_type", "kern_slug", "kern_naam",
            "kern_gebied", "gemeente_cbs_code", "gemeente_naam"),
    TAXONOMIES("taxonomy", "id", "name", "description", "version"),
    TAXONOMY_TERMS("taxonomy_term", "id", "code", "name", "description", "taxonomy", "taxonomy_id", "language"),
    ATTRIBUTES("attribute", "id", "link_id", "link_type", "link_entity", "taxonomy_term_id");

    private final String hsdsNaam;
    private final Map<String, String> kolommen = new LinkedHashMap<>();

    Tabel(String hsdsNaam, String... kolommen) {
        this.hsdsNaam = hsdsNaam;
        for (String kolom : kolommen) {
            String[] delen = kolom.split(":");
            this.kolommen.put(delen[0], delen.length > 1 ? delen[1] : "string");
        }
    }

    public String hsdsNaam() {
        return hsdsNaam;
    }

    /** The file in the package, as HSDS names it: {@code services.csv}. */
    public String bestand() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    public List<String> kolommen() {
        return List.copyOf(kolommen.keySet());
    }

    public String type(String kolom) {
        return kolommen.get(kolom);
    }

    /** The row for an HSDS object: its fields by column, nested objects flattened, absent as empty. */
    public List<String> rij(Map<String, ?> object) {
        return kolommen().stream().map(k -> waarde(object, k)).toList();
    }

    private static String waarde(Map<String, ?> object, String kolom) {
        Object waarde = object.get(kolom);
        if (waarde == null) {
            int streep = kolom.indexOf('_');
            while (streep > 0 && waarde == null) {
                if (object.get(kolom.substring(0, streep)) instanceof Map<?, ?> genest) {
                    waarde = genest.get(kolom.substring(streep + 1));
                }
                streep = kolom.indexOf('_', streep + 1);
            }
        }
        return waarde == null ? "" : waarde.toString();
    }
}

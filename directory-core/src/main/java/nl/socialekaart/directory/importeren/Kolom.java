package nl.socialekaart.directory.importeren;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the import template and of the export, in that order (docs/import.md). Export and import
 * share this list, which is what makes an export import again unchanged.
 */
public enum Kolom {
    EXTERN_ID("extern_id", true),
    NAAM("naam", true),
    AANBIEDER("aanbieder", true),
    KORTE_OMSCHRIJVING("korte_omschrijving", true),
    OMSCHRIJVING("omschrijving", true),
    SOORT("soort", true),
    TOEGANG("toegang", true),
    KOSTEN("kosten", true),
    KOSTEN_TOELICHTING("kosten_toelichting", false),
    TELEFOON("telefoon", false),
    EMAIL("email", false),
    WEBSITE("website", false),
    THEMAS("themas", false),
    DOELGROEPEN("doelgroepen", false),
    WERKGEBIED("werkgebied", false),
    LOCATIE_NAAM("locatie_naam", false),
    STRAAT("straat", false),
    HUISNUMMER("huisnummer", false),
    POSTCODE("postcode", false),
    PLAATS("plaats", false),
    LOCATIE_KERN("locatie_kern", false),
    LATITUDE("latitude", false),
    LONGITUDE("longitude", false),
    STATUS("status", false),
    LAATST_GECONTROLEERD("laatst_gecontroleerd", false);

    /** Separates several codes in one cell (thema's, doelgroepen, werkgebied). */
    public static final String LIJSTSCHEIDER = "|";

    private final String kop;
    private final boolean verplicht;

    Kolom(String kop, boolean verplicht) {
        this.kop = kop;
        this.verplicht = verplicht;
    }

    /** The column name in the header row. */
    public String kop() {
        return kop;
    }

    /** Whether the header row must have this column (a value may still be optional, see docs/import.md). */
    public boolean verplicht() {
        return verplicht;
    }

    public static Optional<Kolom> metKop(String kop) {
        String genormaliseerd = kop.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.kop.equals(genormaliseerd)).findFirst();
    }

    public static List<String> koppen() {
        return Arrays.stream(values()).map(Kolom::kop).toList();
    }
}

package nl.socialekaart.directory.slug;

import java.text.Normalizer;
import java.util.Locale;

/** The readable URL part made from a name: "Huiskamer 't Gendtse Veld" becomes "huiskamer-t-gendtse-veld". */
public record Slug(String waarde) {

    private static final int MAXIMALE_LENGTE = 80;

    public static Slug van(String naam) {
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = zonderAccenten.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAXIMALE_LENGTE) {
            slug = slug.substring(0, MAXIMALE_LENGTE).replaceAll("-+$", "");
        }
        return new Slug(slug.isEmpty() ? "voorziening" : slug);
    }

    @Override
    public String toString() {
        return waarde;
    }
}

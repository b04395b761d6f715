package nl.socialekaart.ops.benchmarks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Unique, Dutch-sounding place names: the real kernen of the demo data first, then stems and endings that
 * Dutch toponyms are made of ("Veen" + "hoven", "Nieuw-" + "Zanddijk"). Names and their slugs never repeat.
 */
final class Plaatsnamen {

    private static final List<String> STAMMEN = List.of(
            "Aal", "Achter", "Beek", "Ber", "Bos", "Brak", "Breu", "Dal", "Dor", "Eem", "Elst", "Ens", "Gel", "Gra",
            "Haar", "Hee", "Hol", "Hoog", "Horn", "Kam", "Kei", "Lin", "Loos", "Mar", "Mid", "Mol", "Neer", "Noor",
            "Oos", "Over", "Pol", "Raam", "Ree", "Ros", "Sla", "Sme", "Sta", "Steen", "Ter", "Uit", "Val", "Veen",
            "Ven", "Vier", "Vlie", "Vos", "Waal", "Wes", "Wier", "Wolf", "Zand", "Zee", "Zuid", "Zwa", "Eik", "Esch",
            "Gulden", "Heide", "Klooster", "Linden", "Molen", "Riet", "Rozen", "Scher", "Water", "Wilg");
    private static final List<String> UITGANGEN = List.of(
            "dam", "dijk", "hoven", "wijk", "broek", "veen", "horst", "rode", "lo", "wold", "kerk", "zand", "waard",
            "beek", "berg", "burg", "dorp", "hem", "huizen", "meer", "sum", "ingen", "drecht", "woude", "zijl",
            "vliet", "sloot", "schoten", "hout", "mond", "gat", "endorp", "erveld", "ermeer");
    private static final List<String> VOORVOEGSELS = List.of("Nieuw-", "Oud-", "Groot-", "Klein-", "Sint-", "Oost-",
            "West-");
    private static final List<String> STREEKUITGANGEN = List.of("land", "waard", "heerenlanden", "streek", "dal",
            "kwartier", "stede", "lanen");

    private final RandomGenerator random;
    private final Set<String> slugs = new HashSet<>();

    Plaatsnamen(RandomGenerator random, Collection<String> gereserveerd) {
        this.random = random;
        gereserveerd.forEach(naam -> slugs.add(slug(naam)));
    }

    /** {@code aantal} new kern names: {@code echte} (if still free) first, then composed ones. */
    List<String> kernen(int aantal, List<String> echte) {
        List<String> namen = new ArrayList<>(aantal);
        for (String naam : echte) {
            if (namen.size() < aantal && slugs.add(slug(naam))) {
                namen.add(naam);
            }
        }
        while (namen.size() < aantal) {
            String naam = samengesteld();
            if (slugs.add(slug(naam))) {
                namen.add(naam);
            }
        }
        return namen;
    }

    /** A new name for a region-named gemeente ("Veenland", "Molenwaard"). */
    String streek() {
        while (true) {
            String naam = kies(STAMMEN) + kies(STREEKUITGANGEN);
            if (slugs.add(slug(naam))) {
                return naam;
            }
        }
    }

    private String samengesteld() {
        String naam = kies(STAMMEN) + kies(UITGANGEN);
        if (random.nextInt(5) == 0) {
            naam = kies(VOORVOEGSELS) + naam;
        }
        return naam;
    }

    private String kies(List<String> lijst) {
        return lijst.get(random.nextInt(lijst.size()));
    }

    /** The schema's slug: lowercase ASCII words joined by single hyphens. */
    static String slug(String tekst) {
        String ascii = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}

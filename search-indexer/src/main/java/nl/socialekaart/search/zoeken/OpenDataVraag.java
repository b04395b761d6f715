package nl.socialekaart.search.zoeken;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.directory.uitwisseling.Taxonomie;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A question of the open-data (HSDS) API; every given criterion must hold (AND).
 *
 * @param tekst          free text, searched as on the portal
 * @param aanbiederId    only voorzieningen of this aanbieder
 * @param termen         per taxonomy, the code of a term the voorziening must have
 * @param taxonomieen    taxonomies in which the voorziening must have at least one term
 * @param gewijzigdVanaf only voorzieningen changed on or after this moment
 */
public record OpenDataVraag(@Nullable String tekst, @Nullable String aanbiederId, Map<Taxonomie, String> termen,
                            Set<Taxonomie> taxonomieen, @Nullable Instant gewijzigdVanaf, int pagina, int perPagina) {

    public static final int MAXIMUM_PER_PAGINA = 1000;

    public OpenDataVraag {
        if (perPagina < 1 || perPagina > MAXIMUM_PER_PAGINA) {
            throw new OngeldigeZoekvraagException("per_page", "moet tussen 1 en " + MAXIMUM_PER_PAGINA + " liggen");
        }
        int laatste = ZoekVraag.MAXIMUM_RESULTATEN / perPagina;
        if (pagina < 1 || pagina > laatste) {
            throw new OngeldigeZoekvraagException("page", "moet tussen 1 en " + laatste
                    + " liggen bij deze per_page; gebruik format=ndjson voor alles");
        }
        tekst = tekst == null || tekst.isBlank() ? null : tekst.strip();
        if (tekst != null && tekst.length() > ZoekVraag.MAXIMALE_TEKSTLENGTE) {
            throw new OngeldigeZoekvraagException("search", "mag hoogstens " + ZoekVraag.MAXIMALE_TEKSTLENGTE + " tekens lang zijn");
        }
        termen = Map.copyOf(termen);
        taxonomieen = Set.copyOf(taxonomieen);
    }

    public int vanaf() {
        return (pagina - 1) * perPagina;
    }
}

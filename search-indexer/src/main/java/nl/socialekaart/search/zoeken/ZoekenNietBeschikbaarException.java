package nl.socialekaart.search.zoeken;

/** Elasticsearch could not answer a search; the portal tells the person to try again later. */
public class ZoekenNietBeschikbaarException extends RuntimeException {

    public ZoekenNietBeschikbaarException(Throwable oorzaak) {
        super("Zoeken is tijdelijk niet beschikbaar", oorzaak);
    }
}

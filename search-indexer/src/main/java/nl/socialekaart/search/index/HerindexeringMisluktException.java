package nl.socialekaart.search.index;

import java.util.List;

/** Elasticsearch rejected documents during a full reindex; the alias was not moved. */
public class HerindexeringMisluktException extends IllegalStateException {

    public HerindexeringMisluktException(String index, List<String> meldingen) {
        super("Herindexering in " + index + " mislukt, alias niet verplaatst: " + meldingen.size()
                + " fout(en), eerste: " + meldingen.getFirst());
    }
}

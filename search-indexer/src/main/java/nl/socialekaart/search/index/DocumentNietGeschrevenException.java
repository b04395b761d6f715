package nl.socialekaart.search.index;

import java.util.List;

/** Elasticsearch refused to index or delete one or more documents. */
public class DocumentNietGeschrevenException extends IllegalStateException {

    public DocumentNietGeschrevenException(List<String> fouten) {
        super(fouten.size() + " document(en) niet geschreven, eerste: " + fouten.getFirst());
    }
}

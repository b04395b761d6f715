package nl.socialekaart.ops.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;

final class TokenStreams {

    /** Input for validating a filter configuration up-front by constructing it once. */
    static final TokenStream EMPTY = new EmptyTokenStream();

    private TokenStreams() {}
}

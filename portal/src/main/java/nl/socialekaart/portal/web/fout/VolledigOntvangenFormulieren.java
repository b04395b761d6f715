package nl.socialekaart.portal.web.fout;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.concurrent.CompletableFuture;

/**
 * A form body is received whole before a route answers. A route that refused a request (someone else's entry, an
 * unknown id) while a form body of a few KB was still arriving made the server read that body again and again
 * until its heap was full, after which it answered nothing at all (issue 18). Forms are small (the size filter
 * holds them to 1 MB), so waiting for the whole body costs nothing a visitor notices.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class VolledigOntvangenFormulieren implements Ordered {

    @RequestFilter
    public CompletableFuture<HttpRequest<?>> ontvang(ServerHttpRequest<?> request) {
        boolean formulier = request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        if (!formulier) {
            return CompletableFuture.completedFuture(request);
        }
        CloseableByteBody kopie = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
        return kopie.buffer().handle((ontvangen, fout) -> {
            if (ontvangen != null) {
                ontvangen.close();
            }
            // the same request goes on; the route reads its own, untouched copy of the body
            return request;
        });
    }

    /** After the size check (which refuses an oversized body before anything reads it), before routing. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }
}

package nl.socialekaart.portal.meting;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, in the log's MDC as {@code verzoek} (a field of every JSON log line, see logback.xml)
 * and in the response header {@code X-Request-Id}, so a resident's error report or a proxy log leads to the log
 * lines of that request. An id from a reverse proxy is kept when it looks like one.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class VerzoekId implements HttpServerFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern GELDIG = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String id = request.getHeaders().get(HEADER);
        if (id == null || !GELDIG.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        String verzoek = id;
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of("verzoek", verzoek))).propagate()) {
            return Publishers.map(chain.proceed(request), response -> response.header(HEADER, verzoek));
        }
    }
}

package nl.socialekaart.portal.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;

/**
 * Lets HEAD answer like GET on every page. For HEAD, Micronaut moves the controller's result out of the response
 * body before the filters run; Micronaut Views then renders the page without its model, and the template fails
 * (a 500 to uptime monitors, which send HEAD). This puts the model back just before the views filter renders, so
 * HEAD gets the same status and headers as GET (also the content type of routes that are not pages); Netty sends
 * no body for a HEAD response.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class HeadVerzoeken implements HttpServerFilter {

    @Override
    public int getOrder() {
        // after the views filter on the way in, so before it on the way out
        return ServerFilterPhase.RENDERING.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getMethod() != HttpMethod.HEAD) {
            return chain.proceed(request);
        }
        return Publishers.map(chain.proceed(request), HeadVerzoeken::zetModelTerug);
    }

    private static MutableHttpResponse<?> zetModelTerug(MutableHttpResponse<?> response) {
        if (response.getBody().isEmpty()) {
            RouteAttributes.getHeadBody(response)
                    .filter(model -> model instanceof ModelAndView<?> || isPagina(response))
                    .ifPresent(model -> ((MutableHttpResponse<Object>) response).body(model));
        }
        if (response.getContentType().isEmpty()) {
            // without a body no writer sets the type; GET's comes from the route's @Produces
            RouteAttributes.getRouteInfo(response)
                    .flatMap(route -> route.getProduces().stream().findFirst())
                    .ifPresent(response::contentType);
        }
        return response;
    }

    private static boolean isPagina(MutableHttpResponse<?> response) {
        return RouteAttributes.getRouteInfo(response)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(View.class))
                .orElse(false);
    }
}

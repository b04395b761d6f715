package nl.socialekaart.portal.web.fout;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page completely before the response starts. Micronaut Views renders while it writes the response, so
 * an error in a template left the visitor waiting for an answer that never came (micronaut-views#832). Rendered
 * first, an error becomes an ordinary 500. Our pages are a few hundred kB at most, so holding one in memory is
 * cheap.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
public class VolledigGerenderdeViews<T> extends ThymeleafViewsRenderer<T> {

    public VolledigGerenderdeViews(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                                   ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter pagina = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(pagina);
        } catch (IOException | RuntimeException e) {
            throw new ViewRenderingException("Pagina " + viewName + " niet te tonen: " + e.getMessage(), e);
        }
        String html = pagina.toString();
        return uit -> uit.write(html);
    }
}

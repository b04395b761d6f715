package nl.socialekaart.portal.publiek.voorziening;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.directory.weergave.VoorzieningWeergave.LocatieWeergave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD of a detail page: a Service by its provider (Organization), for the kernen it serves
 * (areaServed), reachable at its locaties (ServiceChannel with a Place: address, geo, opening hours).
 */
@Singleton
public class JsonLd {

    private static final String[] DAGEN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final JsonMapper jsonMapper;

    public JsonLd(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * The JSON, safe to place inside a {@code <script type="application/ld+json">} element: '<', '>' and '&'
     * are written as JSON unicode escapes, so no text in the data can end the element.
     */
    public String van(VoorzieningWeergave v, String url) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("@context", "https://schema.org");
        service.put("@type", "Service");
        service.put("name", v.naam());
        service.put("description", v.korteOmschrijving());
        service.put("url", url);
        Map<String, Object> aanbieder = new LinkedHashMap<>();
        aanbieder.put("@type", "Organization");
        aanbieder.put("name", v.aanbieder().naam());
        if (v.aanbieder().website() != null) {
            aanbieder.put("url", v.aanbieder().website());
        }
        service.put("provider", aanbieder);
        service.put("areaServed", v.werkgebied().stream().map(k -> Map.of("@type", "Place", "name", k.naam())).toList());
        if (!v.themas().isEmpty()) {
            service.put("serviceType", v.themas().getFirst().naam());
        }
        if (!v.doelgroepen().isEmpty()) {
            service.put("audience", v.doelgroepen().stream().map(d -> Map.of("@type", "Audience", "audienceType", d.naam())).toList());
        }
        List<Map<String, Object>> kanalen = new ArrayList<>();
        for (LocatieWeergave l : v.locaties()) {
            Map<String, Object> kanaal = new LinkedHashMap<>();
            kanaal.put("@type", "ServiceChannel");
            kanaal.put("serviceLocation", plaats(l));
            if (v.telefoon() != null) {
                kanaal.put("servicePhone", Map.of("@type", "ContactPoint", "telephone", v.telefoon()));
            }
            kanalen.add(kanaal);
        }
        if (!kanalen.isEmpty()) {
            service.put("availableChannel", kanalen);
        }
        if (v.telefoon() != null || v.email() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("@type", "ContactPoint");
            if (v.telefoon() != null) {
                contact.put("telephone", v.telefoon());
            }
            if (v.email() != null) {
                contact.put("email", v.email());
            }
            aanbieder.put("contactPoint", contact);
        }
        try {
            return jsonMapper.writeValueAsString(service)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> plaats(LocatieWeergave l) {
        Map<String, Object> plaats = new LinkedHashMap<>();
        plaats.put("@type", "Place");
        plaats.put("name", l.naam());
        Map<String, Object> adres = new LinkedHashMap<>();
        adres.put("@type", "PostalAddress");
        if (l.straat() != null) {
            adres.put("streetAddress", l.straat() + (l.huisnummer() == null ? "" : " " + l.huisnummer()));
        }
        if (l.postcode() != null) {
            adres.put("postalCode", l.postcode());
        }
        if (l.plaats() != null) {
            adres.put("addressLocality", l.plaats());
        }
        adres.put("addressCountry", "NL");
        plaats.put("address", adres);
        plaats.put("geo", Map.of("@type", "GeoCoordinates", "latitude", l.punt().lat(), "longitude", l.punt().lon()));
        if (!l.openingstijden().isEmpty()) {
            plaats.put("openingHoursSpecification", l.openingstijden().stream().map(o -> Map.of(
                    "@type", "OpeningHoursSpecification",
                    "dayOfWeek", "https://schema.org/" + DAGEN[o.weekdag() - 1],
                    "opens", o.opent(),
                    "closes", o.sluit())).toList());
        }
        if (l.rolstoeltoegankelijk() != null) {
            plaats.put("amenityFeature", Map.of("@type", "LocationFeatureSpecification",
                    "name", "Rolstoeltoegankelijk", "value", l.rolstoeltoegankelijk()));
        }
        return plaats;
    }
}

package nl.socialekaart.ops.benchmarks;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import io.micronaut.context.ApplicationContext;
import nl.socialekaart.ops.benchmarks.ZoekMix.Zoekvraag;
import nl.socialekaart.search.zoeken.VoorzieningZoeker;
import nl.socialekaart.search.zoeken.ZoekVraag;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The exact Elasticsearch request the product's {@link VoorzieningZoeker} sends for a search: a second instance of it
 * runs on a transport that records the request (path, query parameters, JSON body) instead of sending it. So the
 * load test's direct Elasticsearch queries follow the product's query, facets included, without a copy of it here.
 */
final class ZoekverzoekOpname {

    /** Path with query string (e.g. {@code /voorzieningen/_search?typed_keys=true}) and JSON body. */
    record Verzoek(String pad, String body) {
    }

    private final VoorzieningZoeker zoeker;
    private final Map<Zoekvraag, Verzoek> cache = new ConcurrentHashMap<>();

    ZoekverzoekOpname(ApplicationContext portal) {
        JsonpMapper mapper = portal.getBean(ElasticsearchClient.class)._jsonpMapper();
        this.zoeker = zoeker(portal, new ElasticsearchClient(new Opnemer(mapper)));
    }

    Verzoek verzoek(Zoekvraag vraag) {
        return cache.computeIfAbsent(vraag, this::neemOp);
    }

    private Verzoek neemOp(Zoekvraag vraag) {
        try {
            zoeker.zoek(ZoekVraag.van(vraag.q(), vraag.kern(), vraag.pagina(), vraag.perPagina()));
        } catch (RuntimeException e) {
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof Opgenomen opgenomen) {
                    return opgenomen.verzoek;
                }
            }
            throw e;
        }
        throw new IllegalStateException("VoorzieningZoeker zocht zonder Elasticsearch: " + vraag);
    }

    /** The product's zoeker with our client and the context's beans for every other constructor parameter. */
    private static VoorzieningZoeker zoeker(ApplicationContext portal, ElasticsearchClient client) {
        Constructor<?> constructor = VoorzieningZoeker.class.getConstructors()[0];
        Object[] argumenten = new Object[constructor.getParameterCount()];
        for (int i = 0; i < argumenten.length; i++) {
            Class<?> type = constructor.getParameterTypes()[i];
            argumenten[i] = type == ElasticsearchClient.class ? client : portal.getBean(type);
        }
        try {
            return (VoorzieningZoeker) constructor.newInstance(argumenten);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("VoorzieningZoeker niet te maken", e);
        }
    }

    private static final class Opgenomen extends IOException {

        private final transient Verzoek verzoek;

        Opgenomen(Verzoek verzoek) {
            super("opgenomen, niet verzonden");
            this.verzoek = verzoek;
        }
    }

    private static final class Opnemer implements ElasticsearchTransport {

        private final JsonpMapper mapper;

        Opnemer(JsonpMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
            String query = endpoint.queryParameters(request).entrySet().stream()
                    .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Object body = endpoint.body(request);
            throw new Opgenomen(new Verzoek(endpoint.requestUrl(request) + (query.isEmpty() ? "" : "?" + query),
                    body == null ? "" : JsonpUtils.toJsonString(body, mapper)));
        }

        @Override
        public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
                Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("alleen synchroon"));
        }

        @Override
        public JsonpMapper jsonpMapper() {
            return mapper;
        }

        @Override
        public TransportOptions options() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}

package nl.socialekaart.directory.uitwisseling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tables of an HSDS tabular package back into nested services, so ndjson and tabular imports share one
 * mapping: services get their organization, phones, service areas, attributes (with their taxonomy term) and
 * service_at_locations, each with its location (addresses, accessibility) and schedules. Rows are kept as read
 * (flattened profile columns such as {@code kern_slug} included); the importer reads both forms.
 */
final class TabulairePakket {

    private TabulairePakket() {
    }

    static List<Map<String, Object>> services(Map<String, List<Map<String, Object>>> tabellen) {
        Map<String, Map<String, Object>> organisaties = opId(tabel(tabellen, "organizations.csv"));
        Map<String, Map<String, Object>> locaties = opId(tabel(tabellen, "locations.csv"));
        Map<String, Map<String, Object>> termen = opId(tabel(tabellen, "taxonomy_terms.csv"));
        Map<String, List<Map<String, Object>>> telefoonsService = groep(tabel(tabellen, "phones.csv"), "service_id");
        Map<String, List<Map<String, Object>>> telefoonsOrganisatie = groep(tabel(tabellen, "phones.csv"), "organization_id");
        Map<String, List<Map<String, Object>>> gebieden = groep(tabel(tabellen, "service_areas.csv"), "service_id");
        Map<String, List<Map<String, Object>>> attributen = groep(tabel(tabellen, "attributes.csv"), "link_id");
        Map<String, List<Map<String, Object>>> sals = groep(tabel(tabellen, "service_at_locations.csv"), "service_id");
        Map<String, List<Map<String, Object>>> schemas = groep(tabel(tabellen, "schedules.csv"), "service_at_location_id");
        Map<String, List<Map<String, Object>>> adressen = groep(tabel(tabellen, "addresses.csv"), "location_id");
        Map<String, List<Map<String, Object>>> toegankelijkheid = groep(tabel(tabellen, "accessibility.csv"), "location_id");

        List<Map<String, Object>> services = new ArrayList<>();
        int regel = 1;
        for (Map<String, Object> rij : tabel(tabellen, "services.csv")) {
            regel++;
            Map<String, Object> service = new LinkedHashMap<>(rij);
            service.put("@record", "services.csv regel " + regel);
            Map<String, Object> organisatie = organisaties.get(String.valueOf(rij.get("organization_id")));
            if (organisatie != null) {
                Map<String, Object> o = new LinkedHashMap<>(organisatie);
                o.put("phones", telefoonsOrganisatie.getOrDefault(String.valueOf(o.get("id")), List.of()));
                service.put("organization", o);
            }
            String id = String.valueOf(rij.get("id"));
            service.put("phones", telefoonsService.getOrDefault(id, List.of()));
            service.put("service_areas", gebieden.getOrDefault(id, List.of()));
            List<Map<String, Object>> metTerm = new ArrayList<>();
            for (Map<String, Object> a : attributen.getOrDefault(id, List.of())) {
                Map<String, Object> attribuut = new LinkedHashMap<>(a);
                Map<String, Object> term = termen.get(String.valueOf(a.get("taxonomy_term_id")));
                if (term != null) {
                    attribuut.put("taxonomy_term", term);
                }
                metTerm.add(attribuut);
            }
            service.put("attributes", metTerm);
            List<Map<String, Object>> opLocaties = new ArrayList<>();
            for (Map<String, Object> s : sals.getOrDefault(id, List.of())) {
                Map<String, Object> sal = new LinkedHashMap<>(s);
                Map<String, Object> locatie = locaties.get(String.valueOf(s.get("location_id")));
                if (locatie != null) {
                    Map<String, Object> l = new LinkedHashMap<>(locatie);
                    l.put("addresses", adressen.getOrDefault(String.valueOf(l.get("id")), List.of()));
                    l.put("accessibility", toegankelijkheid.getOrDefault(String.valueOf(l.get("id")), List.of()));
                    sal.put("location", l);
                }
                sal.put("schedules", schemas.getOrDefault(String.valueOf(s.get("id")), List.of()));
                opLocaties.add(sal);
            }
            service.put("service_at_locations", opLocaties);
            services.add(service);
        }
        return services;
    }

    /** By HSDS's plural file name, or the singular some packages use ({@code service_at_location.csv}). */
    private static List<Map<String, Object>> tabel(Map<String, List<Map<String, Object>>> tabellen, String naam) {
        List<Map<String, Object>> rijen = tabellen.get(naam);
        if (rijen == null && naam.endsWith("s.csv")) {
            rijen = tabellen.get(naam.substring(0, naam.length() - 5) + ".csv");
        }
        return rijen == null ? List.of() : rijen;
    }

    private static Map<String, Map<String, Object>> opId(List<Map<String, Object>> rijen) {
        Map<String, Map<String, Object>> opId = new HashMap<>();
        rijen.forEach(r -> opId.put(String.valueOf(r.get("id")), r));
        return opId;
    }

    private static Map<String, List<Map<String, Object>>> groep(List<Map<String, Object>> rijen, String sleutel) {
        Map<String, List<Map<String, Object>>> groepen = new HashMap<>();
        for (Map<String, Object> r : rijen) {
            if (r.get(sleutel) != null) {
                groepen.computeIfAbsent(String.valueOf(r.get(sleutel)), k -> new ArrayList<>()).add(r);
            }
        }
        return groepen;
    }
}

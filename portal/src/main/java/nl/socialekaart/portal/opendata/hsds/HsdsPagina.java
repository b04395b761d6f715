package nl.socialekaart.portal.opendata.hsds;

import nl.socialekaart.directory.uitwisseling.HsdsObject;

import java.util.List;

/** The spec's {@code Page} object around a list of HSDS objects. */
final class HsdsPagina {

    private HsdsPagina() {
    }

    static HsdsObject van(long totaal, int pagina, int perPagina, List<? extends java.util.Map<String, ?>> inhoud) {
        long paginas = (totaal + perPagina - 1) / perPagina;
        HsdsObject page = new HsdsObject();
        page.put("total_items", totaal);
        page.put("total_pages", paginas);
        page.put("page_number", pagina);
        page.put("size", inhoud.size());
        page.put("first_page", pagina == 1);
        page.put("last_page", pagina >= paginas);
        page.put("empty", totaal == 0);
        page.put("contents", inhoud);
        return page;
    }

    /** A list that is small and whole in memory (taxonomies, terms): paged here. */
    static HsdsObject uit(List<? extends java.util.Map<String, ?>> alles, int pagina, int perPagina) {
        int vanaf = (int) Math.min((long) (pagina - 1) * perPagina, alles.size());
        int tot = Math.min(vanaf + perPagina, alles.size());
        return van(alles.size(), pagina, perPagina, alles.subList(vanaf, tot));
    }
}

package nl.socialekaart.directory.importeren;

import java.util.List;

/** What an import wrote: new and updated voorzieningen, and the rows that were not written and why. */
public record Resultaat(int toegevoegd, int bijgewerkt, List<Importfout> nietGeschreven, boolean nietsGeschreven) {

    public static Resultaat niets(List<Importfout> redenen) {
        return new Resultaat(0, 0, redenen, true);
    }
}

package nl.socialekaart.portal.beheer.importeren;

import nl.socialekaart.directory.importeren.Controle;
import nl.socialekaart.directory.importeren.Modus;
import nl.socialekaart.directory.importeren.Resultaat;

import java.time.Instant;
import java.util.UUID;

/**
 * One import of one file by one person, run in the background: first the dry run, then (after the person
 * chooses) the writing. Read by the page and the status endpoint while a worker thread fills it in.
 */
public final class ImportTaak {

    public enum Fase {
        CONTROLEREN("Bestand controleren"),
        GECONTROLEERD("Gecontroleerd"),
        SCHRIJVEN("Opslaan"),
        KLAAR("Klaar"),
        MISLUKT("Mislukt");

        private final String omschrijving;

        Fase(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }

        public boolean bezig() {
            return this == CONTROLEREN || this == SCHRIJVEN;
        }
    }

    private final UUID id = UUID.randomUUID();
    private final UUID eigenaar;
    private final String bestandsnaam;
    private final Instant gestart = Instant.now();
    private volatile Fase fase = Fase.CONTROLEREN;
    private volatile int verwerkt;
    private volatile int totaal;
    private volatile Controle controle;
    private volatile Modus modus;
    private volatile Resultaat resultaat;

    ImportTaak(UUID eigenaar, String bestandsnaam) {
        this.eigenaar = eigenaar;
        this.bestandsnaam = bestandsnaam;
    }

    void voortgang(int verwerkt, int totaal) {
        this.verwerkt = verwerkt;
        this.totaal = totaal;
    }

    void gecontroleerd(Controle controle) {
        this.controle = controle;
        this.fase = Fase.GECONTROLEERD;
    }

    /** @return false when it was already started (a double click) */
    synchronized boolean begin(Modus gekozen) {
        if (fase != Fase.GECONTROLEERD) {
            return false;
        }
        this.modus = gekozen;
        this.verwerkt = 0;
        this.totaal = controle.geldig().size();
        this.fase = Fase.SCHRIJVEN;
        return true;
    }

    void klaar(Resultaat resultaat) {
        this.resultaat = resultaat;
        this.fase = Fase.KLAAR;
    }

    void mislukt() {
        this.fase = Fase.MISLUKT;
    }

    public UUID id() { return id; }
    public UUID eigenaar() { return eigenaar; }
    public String bestandsnaam() { return bestandsnaam; }
    public Instant gestart() { return gestart; }
    public Fase fase() { return fase; }
    public int verwerkt() { return verwerkt; }
    public int totaal() { return totaal; }
    public Controle controle() { return controle; }
    public Modus modus() { return modus; }
    public Resultaat resultaat() { return resultaat; }

    /** 0–100, for the progress bar. */
    public int procent() {
        int t = totaal;
        return t == 0 ? (fase.bezig() ? 0 : 100) : (int) Math.min(100, (verwerkt * 100L) / t);
    }
}

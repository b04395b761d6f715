package nl.socialekaart.portal.beheer.importeren;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.importeren.Importeur;
import nl.socialekaart.directory.importeren.Modus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The running and recent imports, in memory. One worker thread: imports run one after another, so a large
 * file does not take the machine from the public site, and two imports never write the same rows at once.
 * A restart forgets them (the dry run is cheap to repeat; a write is one transaction or per row).
 */
@Singleton
public class ImportTaken {

    private static final Logger LOG = LoggerFactory.getLogger(ImportTaken.class);
    private static final Duration BEWAARTIJD = Duration.ofHours(12);

    private final Importeur importeur;
    private final Map<UUID, ImportTaak> taken = new ConcurrentHashMap<>();
    private final ExecutorService werker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import").daemon().factory());

    public ImportTaken(Importeur importeur) {
        this.importeur = importeur;
    }

    public ImportTaak start(UUID eigenaar, String bestandsnaam, byte[] inhoud) {
        ruimOp();
        ImportTaak taak = new ImportTaak(eigenaar, bestandsnaam);
        taken.put(taak.id(), taak);
        werker.submit(() -> {
            try {
                taak.gecontroleerd(importeur.controleer(inhoud, bestandsnaam, taak::voortgang));
            } catch (RuntimeException e) {
                LOG.error("Controle van import {} mislukt", taak.id(), e);
                taak.mislukt();
            }
        });
        return taak;
    }

    /** @return false when the job was not waiting for this choice */
    public boolean voerUit(ImportTaak taak, Modus modus, String door) {
        if (!taak.begin(modus)) {
            return false;
        }
        werker.submit(() -> {
            try {
                taak.klaar(importeur.voerUit(taak.controle(), modus, taak::voortgang, door));
            } catch (RuntimeException e) {
                LOG.error("Import {} mislukt", taak.id(), e);
                taak.mislukt();
            }
        });
        return true;
    }

    /** Only the person who started it sees a job. */
    public Optional<ImportTaak> van(UUID id, UUID gebruiker) {
        return Optional.ofNullable(taken.get(id)).filter(t -> t.eigenaar().equals(gebruiker));
    }

    /** The jobs being checked or written now, for the metrics. */
    public List<ImportTaak> bezig() {
        return taken.values().stream().filter(t -> t.fase().bezig()).toList();
    }

    private void ruimOp() {
        Instant grens = Instant.now().minus(BEWAARTIJD);
        taken.values().removeIf(t -> !t.fase().bezig() && t.gestart().isBefore(grens));
    }

    @PreDestroy
    void stop() {
        werker.shutdownNow();
    }
}

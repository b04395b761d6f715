package nl.socialekaart.directory.importeren;

import io.micronaut.core.annotation.Nullable;
import nl.socialekaart.directory.locatie.Locatie;
import nl.socialekaart.directory.voorziening.Voorziening;

import java.util.Set;
import java.util.UUID;

/**
 * A valid row, ready to write: the voorziening (no id yet), its links and at most one locatie.
 * {@code statusIngevuld}/{@code gecontroleerdIngevuld}: whether the file gave them, so that an update
 * keeps the current value when the cell is empty. {@code kolommen}: the columns the file has; an update
 * leaves what the file has no column for as it is.
 */
public record ImportRij(int rij, String externId, Voorziening voorziening, @Nullable Locatie locatie,
                        Set<UUID> themaIds, Set<UUID> doelgroepIds, Set<UUID> kernIds,
                        boolean statusIngevuld, boolean gecontroleerdIngevuld, Set<Kolom> kolommen) {
}

package nl.socialekaart.directory.uitwisseling;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an import did or, in a dry run, would do: per record (a service, by its line or id) the errors that
 * block the import and the warnings about what was left out or assumed. With any error nothing is written.
 */
@Serdeable
public record ImportRapport(boolean proefdraai, boolean geschreven, int services, int organisaties, int locaties,
                            List<Melding> fouten, List<Melding> waarschuwingen) {

    /** @param record where: "regel 3", "service 3a19ff88-…"; @param veld the HSDS field, when one is to blame */
    @Serdeable
    public record Melding(String record, String veld, String tekst) {
    }

    public boolean zonderFouten() {
        return fouten.isEmpty();
    }
}

package nl.socialekaart.directory.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import nl.socialekaart.directory.aanbieder.AanbiederRol;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One demo data file (resources/demo/*.json): a gemeente with its gebieden, kernen, aanbieders,
 * locaties and voorzieningen. Entries refer to each other by {@code sleutel}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record DemoGemeente(
        GemeenteGegevens gemeente,
        List<GebiedGegevens> gebieden,
        List<AanbiederGegevens> aanbieders,
        List<LocatieGegevens> locaties,
        List<VoorzieningGegevens> voorzieningen) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record GemeenteGegevens(String cbsCode, String naam) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record GebiedGegevens(String sleutel, String naam, @Nullable String sociaalTeamTelefoon,
                                 @Nullable String sociaalTeamEmail, List<KernGegevens> kernen) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record KernGegevens(String naam, String slug, double latitude, double longitude) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record AanbiederGegevens(String sleutel, String naam, AanbiederRol rol, @Nullable String omschrijving,
                                    @Nullable String website, @Nullable String telefoon, @Nullable String email) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record LocatieGegevens(String sleutel, String naam, @Nullable String straat, @Nullable String huisnummer,
                                  @Nullable String postcode, @Nullable String plaats, String kern,
                                  double latitude, double longitude, @Nullable Boolean rolstoeltoegankelijk,
                                  @Nullable String bagId, @Nullable String wijkcode, @Nullable String buurtcode) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record VoorzieningGegevens(String sleutel, String naam, String aanbieder, String korteOmschrijving,
                                      String omschrijving, Soort soort, Toegang toegang, Kosten kosten,
                                      @Nullable String kostenToelichting, @Nullable String telefoon,
                                      @Nullable String email, @Nullable String website, List<String> themas,
                                      List<String> doelgroepen, List<String> werkgebied,
                                      List<VoorzieningLocatieGegevens> locaties,
                                      @Nullable LocalDate laatstGecontroleerd) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record VoorzieningLocatieGegevens(String locatie, List<OpeningstijdGegevens> openingstijden) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record OpeningstijdGegevens(int weekdag, LocalTime opent, LocalTime sluit) {
    }
}

package nl.socialekaart.directory.weergave;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import nl.socialekaart.directory.aanbieder.AanbiederRol;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.voorziening.Toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything about one voorziening that a resident sees, in one value: the read model behind the
 * search index document and the detail page. Assembled by {@link VoorzieningWeergaveReader}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record VoorzieningWeergave(
        UUID id,
        String naam,
        String slug,
        String korteOmschrijving,
        String omschrijving,
        Soort soort,
        Toegang toegang,
        Kosten kosten,
        @Nullable String kostenToelichting,
        @Nullable String telefoon,
        @Nullable String email,
        @Nullable String website,
        Status status,
        @Nullable LocalDate laatstGecontroleerd,
        Instant gewijzigdOp,
        AanbiederWeergave aanbieder,
        List<TermWeergave> themas,
        List<TermWeergave> doelgroepen,
        List<KernWeergave> werkgebied,
        List<LocatieWeergave> locaties) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record AanbiederWeergave(UUID id, String naam, String slug, AanbiederRol rol,
                                    @Nullable String website, @Nullable String telefoon, @Nullable String email) {
    }

    /** A thema or doelgroep. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record TermWeergave(String code, String naam) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record KernWeergave(String slug, String naam, String gebied, String gemeente, String cbsCode) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record LocatieWeergave(UUID id, String naam, @Nullable String straat, @Nullable String huisnummer,
                                  @Nullable String postcode, @Nullable String plaats, KernWeergave kern,
                                  Punt punt, @Nullable Boolean rolstoeltoegankelijk,
                                  @Nullable String bagId, @Nullable String wijkcode, @Nullable String buurtcode,
                                  List<OpeningstijdWeergave> openingstijden) {
    }

    /** WGS84 coordinates, named as GeoJSON-minded tools and Elasticsearch's geo_point expect them. */
    @Serdeable
    public record Punt(double lat, double lon) {
    }

    /** weekdag 1 = maandag ... 7 = zondag; times as "HH:mm". */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record OpeningstijdWeergave(int weekdag, String opent, String sluit) {
    }
}

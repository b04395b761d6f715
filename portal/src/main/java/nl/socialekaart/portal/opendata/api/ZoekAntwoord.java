package nl.socialekaart.portal.opendata.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import nl.socialekaart.directory.geocodering.Punt;
import nl.socialekaart.directory.voorziening.Kosten;
import nl.socialekaart.directory.voorziening.Soort;
import nl.socialekaart.directory.voorziening.Toegang;
import nl.socialekaart.directory.weergave.VoorzieningWeergave;
import nl.socialekaart.portal.publiek.voorziening.VoorzieningUrl;
import nl.socialekaart.portal.publiek.zoeken.FacetWeergave;
import nl.socialekaart.portal.publiek.zoeken.SociaalTeams;
import nl.socialekaart.search.zoeken.Uitweg;
import nl.socialekaart.search.zoeken.Afstand;
import nl.socialekaart.search.zoeken.ZoekResultaat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/** The response of {@code GET /api/v1/zoeken}: public fields only, and the facet counts. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ZoekAntwoord(long totaal, int pagina, int perPagina, List<Treffer> resultaten,
                           List<FacetWeergave> facetten, @Nullable UitwegAntwoord geenResultaten) {

    static ZoekAntwoord van(ZoekResultaat resultaat, List<FacetWeergave> facetten,
                            @Nullable UitwegAntwoord geenResultaten) {
        return new ZoekAntwoord(resultaat.totaal(), resultaat.vraag().pagina(), resultaat.vraag().perPagina(),
                treffers(resultaat), facetten, geenResultaten);
    }

    private static List<Treffer> treffers(ZoekResultaat resultaat) {
        return resultaat.treffers().stream().map(v -> Treffer.van(v, resultaat.vraag().plaats().punt())).toList();
    }

    /**
     * When nothing was found: a spelling suggestion, what a wider search found and how wide, and the sociaal
     * team to call.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record UitwegAntwoord(@Nullable String bedoeldeU, Uitweg.Verbreding verbreding, List<Treffer> breder,
                                 List<SociaalTeams.SociaalTeam> sociaalTeam) {

        static UitwegAntwoord van(Uitweg uitweg, List<SociaalTeams.SociaalTeam> teams) {
            return new UitwegAntwoord(uitweg.bedoeldeU(), uitweg.verbreding(),
                    uitweg.breder() == null ? List.of() : treffers(uitweg.breder()), teams);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Treffer(UUID id, String naam, String url, String korteOmschrijving, String aanbieder, Soort soort,
                          Toegang toegang, Kosten kosten, List<String> kernen, List<Locatie> locaties,
                          @Nullable Double afstandKm) {

        /** @param vanaf the point searched near, if any: then the distance to the nearest locatie is given */
        static Treffer van(VoorzieningWeergave v, @Nullable Punt vanaf) {
            Double afstand = null;
            if (vanaf != null) {
                OptionalDouble km = Afstand.km(vanaf, v);
                afstand = km.isPresent() ? Math.round(km.getAsDouble() * 10) / 10.0 : null;
            }
            return new Treffer(v.id(), v.naam(), VoorzieningUrl.van(v), v.korteOmschrijving(), v.aanbieder().naam(),
                    v.soort(), v.toegang(), v.kosten(),
                    v.werkgebied().stream().map(VoorzieningWeergave.KernWeergave::naam).toList(),
                    v.locaties().stream().map(Locatie::van).toList(), afstand);
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Locatie(String naam, @Nullable String adres, @Nullable String postcode, @Nullable String plaats,
                          String kern, double lat, double lon) {

        static Locatie van(VoorzieningWeergave.LocatieWeergave l) {
            String adres = l.straat() == null ? null : (l.straat() + (l.huisnummer() == null ? "" : " " + l.huisnummer()));
            return new Locatie(l.naam(), adres, l.postcode(), l.plaats(), l.kern().naam(), l.punt().lat(), l.punt().lon());
        }
    }
}

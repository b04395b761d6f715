package nl.socialekaart.directory.voorziening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.socialekaart.directory.aanbieder.Telefoonnummer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A voorziening (HSDS service): something a resident can use. Its thema's, doelgroepen, werkgebied
 * (kernen served) and locaties with openingstijden are kept through {@link VoorzieningRepository}.
 */
@MappedEntity("voorziening")
public record Voorziening(
        @Id UUID id,
        @NotNull(message = "Kies een aanbieder.") UUID aanbiederId,
        @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "Maximaal {max} tekens.") String naam,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Alleen kleine letters, cijfers en streepjes.") String slug,
        @NotBlank(message = "Vul een korte omschrijving in.") @Size(max = 300, message = "Maximaal {max} tekens.") String korteOmschrijving,
        @NotBlank(message = "Vul een omschrijving in.") String omschrijving,
        @NotNull(message = "Kies een soort.") Soort soort,
        @NotNull(message = "Kies hoe inwoners toegang krijgen.") Toegang toegang,
        @NotNull(message = "Kies wat het kost.") Kosten kosten,
        @Nullable @Size(max = 300, message = "Maximaal {max} tekens.") String kostenToelichting,
        @Nullable @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.MELDING) String telefoon,
        @Nullable @Email(message = "Vul een geldig e-mailadres in.") String email,
        @Nullable @Pattern(regexp = "https?://\\S+", message = "Een website begint met https://") String website,
        @NotNull Status status,
        @Nullable LocalDate laatstGecontroleerd,
        @Nullable @DateCreated Instant aangemaaktOp,
        @Nullable @DateUpdated Instant gewijzigdOp,
        @Version Long version) {

    public Voorziening metStatus(Status nieuweStatus) {
        return new Voorziening(id, aanbiederId, naam, slug, korteOmschrijving, omschrijving, soort, toegang, kosten,
                kostenToelichting, telefoon, email, website, nieuweStatus, laatstGecontroleerd, aangemaaktOp,
                gewijzigdOp, version);
    }

    public Voorziening metNaam(String nieuweNaam) {
        return new Voorziening(id, aanbiederId, nieuweNaam, slug, korteOmschrijving, omschrijving, soort, toegang,
                kosten, kostenToelichting, telefoon, email, website, status, laatstGecontroleerd, aangemaaktOp,
                gewijzigdOp, version);
    }
}

package nl.socialekaart.directory.locatie;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A place where voorzieningen are offered (HSDS location), in one kern. {@code bagId} (the BAG
 * nummeraanduiding), {@code wijkcode} and {@code buurtcode} (CBS) are filled when a geocoder provides them.
 */
@MappedEntity("locatie")
public record Locatie(
        @Id UUID id,
        @NotBlank(message = "Vul een naam in.") @Size(max = 200, message = "Maximaal {max} tekens.") String naam,
        @Nullable @Size(max = 200, message = "Maximaal {max} tekens.") String straat,
        @Nullable @Size(max = 20, message = "Maximaal {max} tekens.") String huisnummer,
        @Nullable @Pattern(regexp = "[1-9][0-9]{3} ?[A-Z]{2}", message = "Vul een postcode in zoals 6851 AB.") String postcode,
        @Nullable @Size(max = 100, message = "Maximaal {max} tekens.") String plaats,
        @NotNull(message = "Kies een kern.") UUID kernId,
        @DecimalMin(value = "50.7", message = "Deze plek ligt niet in Nederland.")
        @DecimalMax(value = "53.6", message = "Deze plek ligt niet in Nederland.") double latitude,
        @DecimalMin(value = "3.3", message = "Deze plek ligt niet in Nederland.")
        @DecimalMax(value = "7.3", message = "Deze plek ligt niet in Nederland.") double longitude,
        @Nullable Boolean rolstoeltoegankelijk,
        @Nullable @Pattern(regexp = "[0-9]{16}", message = "Een BAG-id bestaat uit 16 cijfers.") String bagId,
        @Nullable @Pattern(regexp = "WK[0-9]{6}", message = "Vul een CBS-wijkcode in zoals WK170500.") String wijkcode,
        @Nullable @Pattern(regexp = "BU[0-9]{8}", message = "Vul een CBS-buurtcode in zoals BU17050000.") String buurtcode,
        @Version Long version) {
}

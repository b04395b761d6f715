package nl.socialekaart.portal.professional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import nl.socialekaart.directory.kern.KernRepository;
import nl.socialekaart.directory.verwijzing.ProfessioneleGegevens;
import nl.socialekaart.directory.verwijzing.ProfessioneleGegevensRepository;
import nl.socialekaart.directory.verwijzing.Urgentie;
import nl.socialekaart.directory.voorziening.Status;
import nl.socialekaart.directory.weergave.VoorzieningWeergaveReader;
import nl.socialekaart.portal.beheer.BeheerModel;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The model of a voorziening's page for professionals: public data, internal fields, referral form. */
@Singleton
public class VoorzieningVoorProfessional {

    private final VoorzieningWeergaveReader reader;
    private final ProfessioneleGegevensRepository professioneel;
    private final KernRepository kernen;
    private final BeheerModel beheerModel;

    VoorzieningVoorProfessional(VoorzieningWeergaveReader reader, ProfessioneleGegevensRepository professioneel,
                                KernRepository kernen, BeheerModel beheerModel) {
        this.reader = reader;
        this.professioneel = professioneel;
        this.kernen = kernen;
        this.beheerModel = beheerModel;
    }

    /** Empty for an unknown or unpublished voorziening. */
    public Optional<Map<String, Object>> model(@Nullable UUID id, Authentication authentication) {
        return Optional.ofNullable(id).flatMap(reader::lees).filter(v -> v.status() == Status.GEPUBLICEERD).map(v -> {
            Map<String, Object> model = beheerModel.met(v.naam(), authentication);
            model.put("v", v);
            model.put("p", professioneel.findById(v.id()).orElse(ProfessioneleGegevens.leeg(v.id())));
            model.put("kernen", kernen.findAllOrderByNaam());
            model.put("urgenties", Urgentie.values());
            model.put("vandaag", LocalDate.now().toString());
            model.put("fouten", Map.of());
            return model;
        });
    }
}

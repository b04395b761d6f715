package nl.socialekaart.portal.beheer;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** The start page of beheer: what the logged-in person can do. */
@Controller("/beheer")
@Secured({"BEHEERDER", "REDACTEUR", "AANBIEDER", "PROFESSIONAL"})
public class BeheerController {

    private final BeheerModel beheerModel;

    public BeheerController(BeheerModel beheerModel) {
        this.beheerModel = beheerModel;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> start(Authentication authentication) {
        return new ModelAndView<>("beheer/start", beheerModel.met("Beheer", authentication));
    }
}

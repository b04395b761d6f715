/**
 * The public JSON API, {@code /api/v1}. Its OpenAPI description is generated from these controllers at compile time
 * (micronaut-openapi) and served at {@code /api/v1/openapi.yml}.
 */
@OpenAPIDefinition(info = @Info(title = "Sociale kaart API", version = "v1",
        description = "Zoeken in de voorzieningen van de sociale kaart en suggesties tijdens het typen. Open data in de "
                + "internationale standaard: zie /hsds (Open Referral HSDS 3.0)."))
package nl.socialekaart.portal.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

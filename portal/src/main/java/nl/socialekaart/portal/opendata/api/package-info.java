/**
 * The public JSON API, {@code /api/v1}. Its OpenAPI description is generated from the controllers at compile time
 * (micronaut-openapi) and served, narrowed to {@code /api/v1}, by {@link nl.socialekaart.portal.opendata.api.OpenApiController}
 * at {@code /api/v1/openapi.yml}.
 */
package nl.socialekaart.portal.opendata.api;

package co.bank.enterprisetoken.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal API's contract: what the portal team reads at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfiguration {

  @Bean
  OpenAPI portalApiContract() {
    return new OpenAPI()
        .info(new Info().title("Token Empresarial — API del portal").version("v1")
            .description("Renovación del token empresarial desde Internet Empresarial. JSON UTF-8,"
                + " errores application/problem+json (RFC 9457) con todos los campos inválidos en"
                + " `errors`; horas ISO-8601 con el desfase de Bogotá (-05:00). Autenticación HTTP"
                + " Basic como el usuario técnico `portal`."))
        .components(new Components().addSecuritySchemes("portal",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }
}

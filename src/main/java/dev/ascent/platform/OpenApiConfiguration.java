package dev.ascent.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ascentApi() {
        return new OpenAPI()
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("token",
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal access token (asc_…) from your account page")))
                .info(new Info()
                .title("Ascent API")
                .version("v1")
                .description("""
                        Levelled backend-engineer roadmaps as open data. Every roadmap is served in full in the \
                        ascent/roadmap@1 format (JSON here, YAML at /source). Errors are RFC 9457 problem documents.""")
                .license(new License().name("Roadmap format schema").url("/schemas/roadmap-v1.json")));
    }
}

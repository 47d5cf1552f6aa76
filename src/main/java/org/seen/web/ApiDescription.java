package org.seen.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Seen API", version = "v1", description = """
		For agency systems to record children and add to their multi-agency chronology. Every call \
		carries a bearer token issued to a person or to an agency system, and sees only the children \
		that person or agency is involved with: any other child answers 404, exactly as a child that \
		does not exist, and the attempt is audited. Errors are RFC 9457 problem details \
		(application/problem+json) with an "errors" list naming each field at fault."""),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class ApiDescription {
}

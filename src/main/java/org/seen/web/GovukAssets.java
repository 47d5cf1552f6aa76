package org.seen.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/. */
@Configuration(proxyBeanMethods = false)
class GovukAssets implements WebMvcConfigurer {

	private final String version;

	GovukAssets(@Value("${seen.govuk-frontend-version}") String version) {
		this.version = version;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
	}
}

package org.seen.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/. */
@Configuration(proxyBeanMethods = false)
class GovukAssets implements WebMvcConfigurer {

	private final String version;

	GovukAssets(@Value("${seen.govuk-frontend-version}") String version) {
		this.version = version;
	}

	/**
	 * Spring Boot rewrites every link a page writes through the resource chain once the WebJars
	 * locator is present, looking each one up on the classpath, and most links are not static
	 * files at all. Seen does not version static URLs, so the rewriting only cost time: most of a
	 * child's page's rendering, measured under load (docs/benchmarks.md).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
			.setCacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic());
	}
}

package org.seen.plans.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code seen.plans.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanSettings.class)
class PlanConfiguration {
}

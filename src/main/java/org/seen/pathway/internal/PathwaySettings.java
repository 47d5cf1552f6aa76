package org.seen.pathway.internal;

import org.seen.pathway.Levels;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the partnership's levels of need from {@code seen.pathway.levels}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Levels.class)
class PathwaySettings {
}

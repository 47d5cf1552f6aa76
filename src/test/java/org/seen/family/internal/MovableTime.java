package org.seen.family.internal;

import org.seen.access.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the family's tests move on, to see codes expire and lockouts end. */
@TestConfiguration(proxyBeanMethods = false)
class MovableTime {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}
}

package org.seen.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed: needed by sign-in and by the create-admin command alike. */
@Configuration(proxyBeanMethods = false)
class Passwords {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with room to move to a stronger hash as stored values are upgraded
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}

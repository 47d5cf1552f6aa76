package org.seen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Seen: one place where every agency working with a child at risk of neglect records what it
 * sees, so that the pattern is seen, the child is heard and the family is helped.
 */
@SpringBootApplication
@EnableScheduling
public class SeenApplication {

	public static void main(String[] args) {
		SpringApplication.run(SeenApplication.class, args);
	}
}

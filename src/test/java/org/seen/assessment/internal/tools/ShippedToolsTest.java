package org.seen.assessment.internal.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every tool definition Seen ships in classpath:tools/ is valid, and no two define the same
 * version: otherwise Seen would refuse to start. This finds the problem at build time instead,
 * naming every one.
 */
class ShippedToolsTest {

	@Test
	void every_shipped_tool_definition_is_valid_and_each_version_has_one_file() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> files = new ArrayList<>();
		files.addAll(List.of(resolver.getResources(ToolLibrary.SHIPPED_LOCATION + "*.yaml")));
		files.addAll(List.of(resolver.getResources(ToolLibrary.SHIPPED_LOCATION + "*.yml")));
		ToolDefinitionReader reader = new ToolDefinitionReader();
		List<String> problems = new ArrayList<>();
		Set<String> versions = new HashSet<>();
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				ToolDefinition definition = reader.read(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
				definition.problems().forEach(problem -> problems.add(problem.describe()));
				if (definition.valid() && !versions.add(definition.tool().key())) {
					problems.add(file.getFilename() + " defines " + definition.tool().key() + " again");
				}
			}
		}
		assertThat(problems).as("problems in the shipped tools").isEmpty();
		System.out.println("Shipped assessment tools checked: " + versions);
	}

	@Test
	void the_check_finds_problems_in_a_folder_that_has_them() throws IOException {
		// the same reading, pointed at the test folder holding invalid files, so the check above can fail
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:tools-test/*.yaml");
		assertThat(files).hasSizeGreaterThanOrEqualTo(4);
		ToolDefinitionReader reader = new ToolDefinitionReader();
		long invalid = 0;
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				invalid += reader.read(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)).valid() ? 0 : 1;
			}
		}
		assertThat(invalid).isEqualTo(2);
	}
}

/**
 * The graded neglect assessment: tool definitions (versioned YAML), strengths-and-needs
 * assessments completed with the family, the child's voice, area summaries and change over time.
 * Every read and write of a child's assessment goes through {@link org.seen.access.ChildAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.seen.assessment;

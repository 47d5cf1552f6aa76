/**
 * The multi-agency chronology: dated significant events from every agency in one list, and the
 * cumulative-pattern alerts that warn when small events add up to neglect. Every read and write
 * of a child's chronology goes through {@link org.seen.access.ChildAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chronology")
package org.seen.chronology;

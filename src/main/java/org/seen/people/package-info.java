/**
 * Children (including unborn), the adults around them, relationships, households and
 * identifiers. A child's record is opened only through {@link org.seen.people.ChildRecords}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.seen.people;

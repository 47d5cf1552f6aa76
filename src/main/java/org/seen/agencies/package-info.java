/**
 * Agencies, their teams and practitioners, and who is involved with which child.
 * Involvement decides what a practitioner may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package org.seen.agencies;

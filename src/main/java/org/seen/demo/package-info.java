/**
 * The synthetic Northbrook partnership, loaded only when Seen runs on its embedded database.
 * Every name, address and event in it is invented, and it is generated the same way every time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo partnership")
package org.seen.demo;

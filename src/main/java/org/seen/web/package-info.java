/** Page layout, error pages and problem details: small and generic only. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.seen.web;

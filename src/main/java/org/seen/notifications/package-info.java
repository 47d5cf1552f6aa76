/**
 * Telling people what needs them: an inbox in Seen for every practitioner, and an email when SMTP
 * is configured. Other modules publish a {@link org.seen.notifications.Notice}; the email carries
 * no personal data, only what kind of thing happened and a link to sign in and read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.seen.notifications;

/**
 * Working days and working hours as the partnership counts them: Monday to Friday, 9am to 5pm in
 * England, less the bank holidays of England and Wales read from a dated data file. Escalation
 * timescales and the front door's waiting times are measured with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.seen.calendar;

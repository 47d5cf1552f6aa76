/** The chronology's internals: events, their versions, pattern rules, alerts, pages and API. */
package org.seen.chronology.internal;

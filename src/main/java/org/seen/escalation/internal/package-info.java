/** The escalation module's workings: storage, the stage rules, the daily check, pages and API. */
package org.seen.escalation.internal;

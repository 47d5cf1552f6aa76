/** The administration screens for agencies, teams and practitioners, and their queries. */
package org.seen.agencies.internal;

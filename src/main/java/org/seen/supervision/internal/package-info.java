/** The supervision module's workings: storage, the visibility rule, pages and API. */
package org.seen.supervision.internal;

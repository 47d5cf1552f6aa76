/** The assessment module's workings: storage, pages, API and rules. */
package org.seen.assessment.internal;

/** The insight module's implementation: the census reader, its storage, the measures and the API. */
package org.seen.insight.internal;

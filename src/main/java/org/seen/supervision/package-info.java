/**
 * Reflective supervision for cases where the worker feels stuck: what is stuck, what is known, the
 * child's lived experience, decisions, actions and the next date. A note is seen only by the
 * worker who wrote it, the manager who supervised it, and auditors, and every read is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.seen.supervision;

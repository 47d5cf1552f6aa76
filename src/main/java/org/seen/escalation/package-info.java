/**
 * Resolving professional differences: when agencies disagree about a child's plan, a front-door
 * decision or a level of need, the concern is raised here and climbs stage by stage (practitioner
 * to practitioner, managers and DSLs, senior managers, the partnership), each stage with a
 * timescale in working days, moving up on its own when a timescale passes, until it is resolved
 * with an outcome and what the partnership should learn. Publishes {@link EscalationRaised},
 * {@link EscalationMovedUp} and {@link EscalationResolved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package org.seen.escalation;

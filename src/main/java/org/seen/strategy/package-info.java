/**
 * The partnership's own work on neglect: its strategy (priorities and aims), the action plan that
 * delivers it with key performance indicators read from the measures, multi-agency case audits,
 * workforce training and surveys, feedback from families and practitioners, learning from reviews,
 * and the quarterly report to the quality and performance subgroup. Everything here is about the
 * partnership, not one child: where a child's record is reached (a sampled case in an audit) it is
 * reached through {@link org.seen.access.ChildAccess}, and every figure shown is aggregate with small
 * numbers withheld.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package org.seen.strategy;

/**
 * Team Around the Family plans: one open plan per child with a lead professional who has accepted
 * the lead, members from agencies and the family, SMART outcomes tied to the assessment or to the
 * child's voice, actions, review meetings that grade the linked items again, and drift checks that
 * ask for escalation, step-up or a manager's decision when a plan stalls. Every read and write of
 * a child's plan goes through {@link org.seen.access.ChildAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package org.seen.plans;

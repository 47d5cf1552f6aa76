/**
 * My worklist: the children I work with and what needs doing for them (alerts, reviews due,
 * overdue actions, open escalations, drift), sorted by urgency. Each module that has work to show
 * implements {@link org.seen.worklist.WorklistSource}; this module only gathers and sorts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist")
package org.seen.worklist;

/**
 * What a family sees of its own plan: a parent, carer or young person invited by the lead
 * professional signs in with a one-time code and reads, in plain language and on a phone, what is
 * going well, what needs to change, who does what by when and the next meeting; and can leave
 * feedback. They see only their own children's plans and never another agency's chronology; every
 * family access is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family")
package org.seen.family;

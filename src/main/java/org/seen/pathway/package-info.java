/**
 * The pathway through the levels of need: deciding a child's level (with Seen's suggestion and
 * why), the family's consent to early help, referrals to the front door and its decisions, and
 * step-up and step-down between early help and children's social care. Every read and write of a
 * child's record goes through {@link org.seen.access.ChildAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pathway")
package org.seen.pathway;

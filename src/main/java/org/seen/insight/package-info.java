/**
 * Outcome measures for the partnership: the Children in Need census import (the council's
 * annual XML return to the DfE), the neglect measures computed from it, their breakdowns and
 * trends, with small numbers suppressed for everyone but analysts. Census records are not Seen's
 * children and are never linked to the people module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.seen.insight;

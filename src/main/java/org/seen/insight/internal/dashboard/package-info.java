/**
 * The partnership's dashboard of the census measures: a chart and a table for each measure, its
 * trend across the LEA's returns, the national comparators, CSV and XLSX exports and the printed
 * quarterly report. Everything shown comes from {@link org.seen.insight.internal.CensusFigures},
 * so small numbers are withheld by the same rule as in the API.
 */
package org.seen.insight.internal.dashboard;

/**
 * The steward's vocabulary as immutable values: goals, indicators, ambitions, series breaks,
 * periods and areas. Depends on nothing but the JDK.
 */
package no.framdrift.domain;

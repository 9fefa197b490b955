/**
 * Pages of the agreements (convenios): the filtered list and its spreadsheet export, a new
 * draft, the agreement page (text, parties, workflow, signatures, commitments, timeline),
 * the side-by-side comparison of versions and the dashboard. Thin: one service call to load,
 * one to act.
 */
package mx.snt.vinculo.web.agreements;

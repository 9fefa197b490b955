/**
 * Proposals: calls a commission opens, proposals staff of any body submit (to a call or
 * freely to a commission), adhesions of other bodies, one-level comments, the evaluation
 * workflow, and what an accepted proposal becomes (an entry of the library).
 */
package mx.snt.vinculo.proposals;

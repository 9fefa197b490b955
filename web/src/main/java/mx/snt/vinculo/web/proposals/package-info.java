/** Pages of proposals: calls, the proposal list with filters, a proposal with its history, forms, attachment downloads. */
package mx.snt.vinculo.web.proposals;

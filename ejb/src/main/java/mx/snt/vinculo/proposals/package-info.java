/**
 * Proposals: calls a commission opens ({@code ProposalCall}, which guards its window), proposals
 * staff of any body submit (to a call or freely to a commission), adhesions of other bodies,
 * one-level comments, the evaluation workflow ({@code Proposal.apply} with the table in
 * {@code ProposalAction}), and what an accepted proposal becomes. Services by use case:
 * {@code ProposalCalls}, {@code ProposalSubmissions}, {@code ProposalParticipation},
 * {@code ProposalEvaluation} and {@code ProposalOutcomes} (the only one that calls the library
 * and sessions); queries in {@code ProposalRepository}, DTOs from {@code ProposalAssembler}.
 */
package mx.snt.vinculo.proposals;

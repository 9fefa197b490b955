/**
 * Sessions of commissions, regions and plenaries: the workflow (PLANNED → CONVENED →
 * IN_PROGRESS → CLOSED → ACTA_APPROVED → PUBLISHED, or CANCELLED), the agenda (orden del día),
 * attendance and quorum, votes and the acuerdos they yield, the acta (drafted from the facts,
 * exported as PDF), and calendars (iCalendar per session and a private feed per person).
 *
 * <p>{@link mx.snt.vinculo.sessions.Session} is the aggregate: it maps its agenda items,
 * attendance and acuerdos and checks every rule in the operation that changes it (the state
 * moves of {@link mx.snt.vinculo.sessions.SessionState}, the notice period of a
 * {@link mx.snt.vinculo.sessions.NoticePolicy}, the {@link mx.snt.vinculo.sessions.Quorum},
 * voted items that never move, acuerdo numbers fixed when issued), helped by two package-private
 * parts only it uses: {@code Agenda} (the order of the items) and {@code Floor} (attendance,
 * the item taken up, votes and acuerdos). The services are small, by
 * use case, and only load, call the aggregate, audit and record outbox events:
 * {@link mx.snt.vinculo.sessions.SessionQueries} (reading, with
 * {@link mx.snt.vinculo.sessions.SessionAssembler} building {@code SessionDetail}),
 * {@link mx.snt.vinculo.sessions.AgendaEditing}, {@link mx.snt.vinculo.sessions.SessionWorkflow},
 * {@link mx.snt.vinculo.sessions.Voting} and {@link mx.snt.vinculo.sessions.SessionCalendars};
 * {@link mx.snt.vinculo.sessions.SessionRepository} holds the queries,
 * {@link mx.snt.vinculo.sessions.SessionAccess} who may do what, and
 * {@link mx.snt.vinculo.sessions.SessionEvents} the outbox payloads. Rules that need no entity
 * live in small pure classes ({@link mx.snt.vinculo.sessions.BusinessCalendar},
 * {@link mx.snt.vinculo.sessions.SessionRules}, {@link mx.snt.vinculo.sessions.Tally},
 * {@link mx.snt.vinculo.sessions.VoteRule}). The voting rules of a body (default rule, the chair's
 * casting vote) are {@link mx.snt.vinculo.sessions.VotingSettings}, read and changed through
 * {@link mx.snt.vinculo.sessions.BodyVotingRules}; recusals and the voters of a secret ballot are
 * parts of the item ({@code Recusal}, {@code SecretVoter}).
 * The acta's words are in {@code acta.properties} (Spanish: it is an official document).
 */
package mx.snt.vinculo.sessions;

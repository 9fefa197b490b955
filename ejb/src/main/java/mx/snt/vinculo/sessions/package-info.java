/**
 * Sessions of commissions, regions and plenaries: the workflow (PLANNED → CONVENED →
 * IN_PROGRESS → CLOSED → ACTA_APPROVED → PUBLISHED, or CANCELLED), the agenda, attendance
 * and quorum, votes and the acuerdos they yield, the acta (drafted from the facts, exported
 * as PDF), and calendars (iCalendar per session and a private feed per person).
 * The rules that need no database live in small pure classes ({@link
 * mx.snt.vinculo.sessions.BusinessCalendar}, {@link mx.snt.vinculo.sessions.SessionRules},
 * {@link mx.snt.vinculo.sessions.SessionState}) so they are unit-tested directly.
 */
package mx.snt.vinculo.sessions;

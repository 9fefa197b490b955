/**
 * National-scale data for measuring the hub (test scope: it never ships in the EAR). {@link
 * mx.snt.vinculo.scale.ScaleDemo} ({@code ./vinculo demo --scale N}) migrates an empty MySQL/MariaDB database with the
 * application's own Flyway migrations and fills it through JDBC batch inserts with what N plausible years of the
 * network leave behind: the directory, people with roles and memberships, sessions with agendas, attendance, votes
 * and acuerdos, agreements with parties, text versions, steps and commitments, calls and proposals with adhesions
 * and comments, the library with topics and adoptions, and the audit trail and delivered outbox rows that follow.
 * {@link mx.snt.vinculo.scale.ScaleGenerator} keeps the domain's rules (workflow states, votes only by attendees,
 * acuerdo counts equal to the ballots, dates in order); {@code ScaleGeneratorTest} checks them with SQL.
 */
package mx.snt.vinculo.scale;

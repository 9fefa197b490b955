/**
 * Vínculo's domain and its services: one package per feature (sessions, agreements,
 * proposals, library, documents, directory, workspaces, publication) plus the shared
 * mechanisms every feature uses (common, security, visibility, audit, outbox, platform, demo).
 * Nothing here imports Camel, PrimeFaces, Faces or JAX-RS (pinned by ArchUnit).
 *
 * <h2>Glossary: the Spanish words the code keeps</h2>
 * English would mislead for these, so the code uses them as the network does:
 * <dl>
 *   <dt>órgano garante</dt><dd>a guarantor body of transparency and personal-data protection
 *       (one per state, plus the federal one); a {@code Workspace} of type BODY. "Body" in code.</dd>
 *   <dt>SNT</dt><dd>Sistema Nacional de Transparencia: the network of those bodies and other members
 *       (ASF, AGN, INEGI); its name and members are data (the directory), not code.</dd>
 *   <dt>comisión, región</dt><dd>a commission or regional coordination of the SNT; workspaces of
 *       type COMMISSION and REGION.</dd>
 *   <dt>sesión (ordinaria, extraordinaria)</dt><dd>a meeting of a commission, region or plenary:
 *       {@code sessions.Session}. One word in code: session.</dd>
 *   <dt>orden del día</dt><dd>a session's agenda ({@code AgendaItem}s).</dd>
 *   <dt>acuerdo</dt><dd>the resolution a vote on an agenda item yields, with a stable number such as
 *       {@code CVPDCS/SO/03/2026/04} ({@code sessions.Acuerdo}). Not an agreement.</dd>
 *   <dt>acta</dt><dd>the minutes of a session, drafted from attendance, votes and acuerdos, approved
 *       in a later session.</dd>
 *   <dt>convenio</dt><dd>an agreement between bodies or with universities, civil society, media or
 *       international organisations: {@code agreements.Agreement}. It is approved by an acuerdo
 *       ({@code Agreement.approvalAcuerdoNumber}).</dd>
 *   <dt>convocatoria</dt><dd>a commission's call for proposals ({@code proposals.ProposalCall}).</dd>
 *   <dt>acervo</dt><dd>the library of best practices ({@code library}).</dd>
 *   <dt>PNT, SIPOT</dt><dd>Plataforma Nacional de Transparencia and its system for loading the
 *       transparency obligations (formats, {@code idCampo}, Alta/Cambio/Baja): {@code publication}.</dd>
 * </dl>
 */
package mx.snt.vinculo;

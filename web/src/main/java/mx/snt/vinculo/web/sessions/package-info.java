/**
 * Pages of sessions: the list and calendar of a workspace, planning, the session page (which
 * is also the chair's page and every member's live view), the acta editor, and the downloads
 * (acta PDF, .ics, attached documents, private calendar feed).
 */
package mx.snt.vinculo.web.sessions;

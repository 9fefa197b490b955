/**
 * The home a signed-in person opens every morning: what waits for them (today's and this week's
 * sessions, votes open now, agreements waiting for their review, approval or signature,
 * commitments of their bodies due soon or overdue, proposals waiting for their commission's
 * evaluation, calls closing soon, their drafts), each with a count and the first few items, then
 * what changed recently in their workspaces.
 *
 * <p>{@link mx.snt.vinculo.home.PendingWork} asks each feature's repository for one bounded page per
 * section (the items and the total: two queries, never one per row), all through the visibility
 * rule and the features' own rules of who acts ({@link mx.snt.vinculo.home.HomeSections} says which
 * sections a role has); {@link mx.snt.vinculo.home.HomeAssembler} builds the DTOs, resolving the
 * recent changes' item titles and people's names in one query per kind.
 */
package mx.snt.vinculo.home;

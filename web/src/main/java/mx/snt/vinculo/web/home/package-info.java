/**
 * The home page: signed in, the person's pending work (sections with counts and links, from
 * {@code mx.snt.vinculo.home.PendingWork}) and what changed recently in their workspaces, worded
 * by {@code HomeWords}; signed out, the network's name and what the public may see.
 */
package mx.snt.vinculo.web.home;

/**
 * The public's data: the open datasets ({@link mx.snt.vinculo.opendata.Dataset}: public sessions, acuerdos,
 * agreements in force, the library — each field named, typed and exampled once for the downloads, the public
 * API and the fields page), read by {@code OpenData} in batches and pages from the database, and the feeds'
 * entries ({@code PublicFeeds}). Everything here goes through the visibility rule as an anonymous caller: only
 * what the public may see, whoever asks. Links to public pages come from {@code PublicLinks}, the one place that
 * knows their addresses for this package.
 */
package mx.snt.vinculo.opendata;

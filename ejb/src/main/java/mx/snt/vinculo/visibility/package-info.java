/**
 * The one visibility rule of the design (PRIVATE / NETWORK / PUBLIC per workspace), as a
 * predicate for single items and as a JPQL condition for lists, so both say the same.
 */
package mx.snt.vinculo.visibility;

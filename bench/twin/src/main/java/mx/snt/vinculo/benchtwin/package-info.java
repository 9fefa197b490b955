/**
 * The benchmark's in-memory twin: what a hub page costs when its data costs nothing. Test tooling only
 * (built and deployed by {@code ./vinculo bench}, never part of the product).
 */
package mx.snt.vinculo.benchtwin;

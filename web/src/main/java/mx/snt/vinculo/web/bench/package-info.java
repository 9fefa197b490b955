/**
 * What the benchmark ({@code ./vinculo bench}) reads from the hub and nothing else: the count of SQL
 * statements a request sent ({@code StatementCounting}), answered only when the hub's configuration
 * turns it on (demo and test hubs; never in production by default).
 */
package mx.snt.vinculo.web.bench;

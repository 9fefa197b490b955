/**
 * Demo data for a hub started with {@code vinculo.demo=true}: one seeder per feature, each
 * going through its feature's public aggregate operations (so the demo obeys the same rules as
 * the pages), and each doing nothing when its feature already has data.
 */
package mx.snt.vinculo.demo;

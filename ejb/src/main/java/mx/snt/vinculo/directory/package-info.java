/**
 * The network directory: the network itself, its member bodies (guarantor bodies and other
 * SNT members), commissions and regions, and the people who belong to them. The directory
 * is data (seeded from network-directory.csv, edited by an admin), never code: the 2025
 * reform renamed the system and replaces bodies one by one.
 */
package mx.snt.vinculo.directory;

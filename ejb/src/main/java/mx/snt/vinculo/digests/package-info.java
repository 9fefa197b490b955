/**
 * Email digests: each member's choice (daily, weekly or none, and which workspaces to
 * follow; by default their body and their commissions), the run that gathers what is new in
 * the followed workspaces from the outbox (respecting visibility), groups it by workspace,
 * newest first, and mails one digest per member and period — recorded in a ledger so a
 * second run or a restart sends nothing twice and loses nothing.
 */
package mx.snt.vinculo.digests;

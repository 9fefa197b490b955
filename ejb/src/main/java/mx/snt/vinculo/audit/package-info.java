/** The audit trail: who, when, what, from which state to which, for every state change; admins read it. */
package mx.snt.vinculo.audit;

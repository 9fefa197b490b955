/** The admin's view of the audit trail. */
package mx.snt.vinculo.web.audit;

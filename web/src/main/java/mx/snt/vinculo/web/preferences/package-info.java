/** View bean of a member's digest and notice preferences. */
package mx.snt.vinculo.web.preferences;

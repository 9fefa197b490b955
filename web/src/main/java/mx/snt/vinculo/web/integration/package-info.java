/** View beans of the integration console and the SIPOT format descriptors (admin pages). */
package mx.snt.vinculo.web.integration;

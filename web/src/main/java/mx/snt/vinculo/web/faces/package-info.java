/** What every page shares: the language choice, messages, date formatting in America/Mexico_City, the signed-in person's menu. */
package mx.snt.vinculo.web.faces;

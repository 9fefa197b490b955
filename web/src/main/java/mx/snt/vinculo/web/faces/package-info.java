/** What every page shares: the language choice, messages, date formatting in Mexico City ({@code common.MexicoCity}), the signed-in person's menu. */
package mx.snt.vinculo.web.faces;

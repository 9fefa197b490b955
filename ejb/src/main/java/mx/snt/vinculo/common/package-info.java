/** Small types shared by every feature: paging and the domain's exceptions, which carry message keys the web layer translates. */
package mx.snt.vinculo.common;

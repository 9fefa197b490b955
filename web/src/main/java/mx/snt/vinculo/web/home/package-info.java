/** The home page: the network's name and what the caller may see across the network (the public sees what is PUBLIC). */
package mx.snt.vinculo.web.home;

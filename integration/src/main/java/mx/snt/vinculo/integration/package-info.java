/**
 * Apache Camel inside the EAR: a {@link mx.snt.vinculo.integration.CamelBootstrap} singleton
 * starts one {@code DefaultCamelContext} with the application (camel-cdi does not exist in
 * Camel 4), hands it the container's managed threads, and stops it on undeploy. Routes only
 * wire; the logic they call lives in plain beans.
 */
package mx.snt.vinculo.integration;

package mx.snt.vinculo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the domain module, pinned so that no change can quietly cross them. */
class ArchitectureTest {

    private static JavaClasses ejb;

    @BeforeAll
    static void importClasses() {
        ejb = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("mx.snt.vinculo");
    }

    @Test
    void theDomainImportsNoFrameworkOfTheEdges() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.camel..", "org.primefaces..", "jakarta.faces..", "jakarta.ws.rs..")
                .because("domain code never imports Camel, PrimeFaces, Faces or JAX-RS")
                .check(ejb);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("mx.snt.vinculo.(*)..").should().beFreeOfCycles().check(ejb);
    }

    @Test
    void securityAndCommonDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("mx.snt.vinculo.security..", "mx.snt.vinculo.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "mx.snt.vinculo.directory..", "mx.snt.vinculo.workspaces..", "mx.snt.vinculo.documents..",
                        "mx.snt.vinculo.sessions..", "mx.snt.vinculo.agreements..", "mx.snt.vinculo.proposals..",
                        "mx.snt.vinculo.library..", "mx.snt.vinculo.publication..", "mx.snt.vinculo.digests..",
                        "mx.snt.vinculo.notices..", "mx.snt.vinculo.delivery..", "mx.snt.vinculo.audit..",
                        "mx.snt.vinculo.outbox..", "mx.snt.vinculo.visibility..", "mx.snt.vinculo.files..",
                        "mx.snt.vinculo.platform..", "mx.snt.vinculo.demo..")
                .check(ejb);
    }
}

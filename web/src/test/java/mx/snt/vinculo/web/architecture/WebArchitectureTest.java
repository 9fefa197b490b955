package mx.snt.vinculo.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The web module only talks to services (no persistence of its own), and its packages form no cycle. */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("mx.snt.vinculo.web");

    @Test
    void pagesAndApiNeverTouchTheEntityManager() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..")
                .because("pages and the API go through the services, where the visibility rule lives")
                .check(WEB);
    }

    @Test
    void webPackagesAreFreeOfCycles() {
        slices().matching("mx.snt.vinculo.web.(*)..").should().beFreeOfCycles()
                .because("a feature's pages reach shared helpers (faces, files), never back and forth with another feature")
                .check(WEB);
    }
}

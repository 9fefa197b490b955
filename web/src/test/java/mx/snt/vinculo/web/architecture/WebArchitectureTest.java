package mx.snt.vinculo.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The web module only talks to services: no persistence of its own. */
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
}

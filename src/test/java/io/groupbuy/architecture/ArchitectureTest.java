package io.groupbuy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md section 2: the core knows nothing of Telegram, LINE, HTTP, JSON or SQL; data flows one way. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.groupbuy");
    }

    @Test
    void coreImportsNoAdapterOrWireTypes() {
        noClasses().that().resideInAPackage("io.groupbuy.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.telegram..", "com.linecorp..", "okhttp3..", "okio..", "com.fasterxml..", "org.jdbi..",
                        "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "java.sql..", "javax.sql..",
                        "org.flywaydb..", "org.sqlite..", "io.micrometer..", "java.net.http..", "retrofit2..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherPackageOfOurs() {
        noClasses().that().resideInAPackage("io.groupbuy.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.groupbuy.app..", "io.groupbuy.conversation..", "io.groupbuy.links..",
                        "io.groupbuy.pandapon..", "io.groupbuy.sandbox..", "io.groupbuy.store..",
                        "io.groupbuy.telegram..", "io.groupbuy.line..", "io.groupbuy.web..")
                .check(classes);
    }

    @Test
    void conversationKnowsNoChannelOrStorage() {
        noClasses().that().resideInAPackage("io.groupbuy.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.telegram..", "com.linecorp..", "io.javalin..", "org.jdbi..", "java.sql..",
                        "io.groupbuy.telegram..", "io.groupbuy.line..", "io.groupbuy.web..", "io.groupbuy.store..",
                        "io.groupbuy.pandapon..", "io.groupbuy.sandbox..", "io.groupbuy.app..")
                .check(classes);
    }

    @Test
    void adaptersDoNotCallEachOther() {
        String[] adapters = {"io.groupbuy.telegram..", "io.groupbuy.line..", "io.groupbuy.pandapon..",
            "io.groupbuy.store..", "io.groupbuy.links.."};
        for (String adapter : adapters) {
            String[] others = java.util.Arrays.stream(adapters).filter(a -> !a.equals(adapter))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true).check(classes);
        }
    }
}

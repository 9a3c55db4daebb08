package io.groupbuy.conversation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine serves every channel: no channel SDK, adapter or store type inside it. */
class EngineArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.groupbuy.conversation");

    @Test
    void noChannelOrStorageTypes() {
        noClasses().that().resideInAPackage("io.groupbuy.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "com.linecorp..",
                        "io.groupbuy.telegram..", "io.groupbuy.line..", "io.groupbuy.web..", "io.groupbuy.store..",
                        "io.groupbuy.pandapon..", "okhttp3..", "com.fasterxml.jackson..", "org.jdbi..")
                .check(classes);
    }
}

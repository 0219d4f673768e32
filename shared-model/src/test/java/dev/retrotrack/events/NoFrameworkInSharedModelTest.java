package dev.retrotrack.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contracts are read by any consumer: no Spring and no MongoDB in them. */
@AnalyzeClasses(packages = "dev.retrotrack.events", importOptions = ImportOption.DoNotIncludeTests.class)
class NoFrameworkInSharedModelTest {

    @ArchTest
    static final ArchRule noSpringOrMongo = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..");
}

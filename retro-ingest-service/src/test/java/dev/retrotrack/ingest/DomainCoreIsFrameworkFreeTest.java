package dev.retrotrack.ingest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.retrotrack.testing.DomainCoreRules;

@AnalyzeClasses(packages = "dev.retrotrack.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainCoreIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule domainCoreIsFrameworkFree = DomainCoreRules.frameworkFree(
            "dev.retrotrack.ingest.retro", "dev.retrotrack.ingest.parsing", "dev.retrotrack.ingest.parsing.text",
            "dev.retrotrack.ingest.sprint");
}

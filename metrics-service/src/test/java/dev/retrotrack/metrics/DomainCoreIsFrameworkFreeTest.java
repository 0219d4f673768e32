package dev.retrotrack.metrics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.retrotrack.testing.DomainCoreRules;

@AnalyzeClasses(packages = "dev.retrotrack.metrics", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainCoreIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule domainCoreIsFrameworkFree = DomainCoreRules.frameworkFree("dev.retrotrack.metrics.item",
            "dev.retrotrack.metrics.retro", "dev.retrotrack.metrics.epic", "dev.retrotrack.metrics.histogram");
}

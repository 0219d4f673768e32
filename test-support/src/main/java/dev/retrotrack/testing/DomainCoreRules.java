package dev.retrotrack.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** House rule: the domain core (rules, state, metric definitions) depends on no framework or infrastructure. */
public final class DomainCoreRules {

    private DomainCoreRules() {
    }

    /** No class in exactly these packages (not their sub-packages, where the adapters live) uses Spring, Kafka or
     *  MongoDB. */
    public static ArchRule frameworkFree(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(domainPackages)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .because("the domain core must stay plain Java (house style)");
    }
}

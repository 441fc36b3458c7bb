package dk.hrassistenten.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dk.hrassistenten.knowledge.layeringfixture.ReachesUp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the design notes, on the compiled classes of every module (deploy's test classpath holds
 * them all): {@code knowledge ← bot ← adapters/* ← deploy}, adapters independent of each other, no platform SDK or
 * HTTP server in the core, no Lucene in the adapters, every Bot Framework type inside the Teams adapter, and a
 * {@code main} only in deploy. Maven keeps modules from depending upwards; these rules also hold across packages
 * Maven cannot see (an adapter reaching into another through a shared dependency, a Lucene type leaking through bot).
 */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // In the reactor the other modules are their jars, and their tests test-jars: keep main classes only.
        ImportOption mainClassesOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        production = new ClassFileImporter().withImportOption(mainClassesOnly).importPackages("dk.hrassistenten");
    }

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("knowledge").definedBy("dk.hrassistenten.knowledge..")
                .layer("bot").definedBy("dk.hrassistenten.bot..")
                .layer("adapters").definedBy("dk.hrassistenten.adapters..")
                .layer("deploy").definedBy("dk.hrassistenten.deploy..")
                .whereLayer("deploy").mayNotBeAccessedByAnyLayer()
                .whereLayer("adapters").mayOnlyBeAccessedByLayers("deploy")
                .whereLayer("bot").mayOnlyBeAccessedByLayers("adapters", "deploy")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("bot", "adapters", "deploy");
    }

    @Test
    void dependenciesRunOneWayKnowledgeBotAdaptersDeploy() {
        assertThat(production.size()).as("the modules' classes are on the classpath").isGreaterThan(200);
        layers().check(production);
    }

    @Test
    void adaptersDoNotUseEachOther() {
        for (String adapter : List.of("web", "slack", "teams")) {
            String[] others = List.of("web", "slack", "teams").stream().filter(a -> !a.equals(adapter))
                    .map(a -> "dk.hrassistenten.adapters." + a + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dk.hrassistenten.adapters." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others).check(production);
        }
    }

    @Test
    void theCoreSeesNoPlatformSdkAndNoHttpServer() {
        noClasses().that().resideInAnyPackage("dk.hrassistenten.knowledge..", "dk.hrassistenten.bot..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "com.microsoft.bot..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(production);
    }

    @Test
    void adaptersNeverSeeLucene() {
        noClasses().that().resideInAPackage("dk.hrassistenten.adapters..").should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(production);
    }

    @Test
    void everyBotFrameworkTypeStaysInTheTeamsAdapter() {
        noClasses().that().resideOutsideOfPackage("dk.hrassistenten.adapters.teams..").should().dependOnClassesThat()
                .resideInAPackage("com.microsoft.bot..").check(production);
    }

    @Test
    void onlyDeployHasAMain() {
        methods().that().haveName("main").and().areStatic().and().arePublic().should().beDeclaredInClassesThat()
                .resideInAPackage("dk.hrassistenten.deploy..").check(production);
    }

    @Test
    void theRulesCatchCodeThatReachesUp() {
        JavaClasses withViolation = new ClassFileImporter().importClasses(ReachesUp.class, Main.class);
        assertThatThrownBy(() -> layers().check(withViolation)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesUp").hasMessageContaining("dk.hrassistenten.deploy.Main");
    }
}

package org.innocomplex.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Optional;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.ReportLifecycle;

/**
 * The borders between the modules, checked on the compiled main classes of every module and the webapp.
 *
 * <pre>
 *   access ← registry ← submission ← appraisal → workflow
 *     ↑_______________________________________________|   (the refusal shape, Violation, only)
 *                                     ↑
 *                                 reporting (reads registry, submission, appraisal)
 *                      web → any module's api
 * </pre>
 */
@AnalyzeClasses(packages = "org.innocomplex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.innocomplex.";

    @ArchTest
    static final ArchRule modules_depend_on_each_other_only_in_the_allowed_directions = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("access")
            .definedBy("org.innocomplex.access..")
            .layer("registry")
            .definedBy("org.innocomplex.registry..")
            .layer("submission")
            .definedBy("org.innocomplex.submission..")
            .layer("workflow")
            .definedBy("org.innocomplex.workflow..")
            .layer("appraisal")
            .definedBy("org.innocomplex.appraisal..")
            .layer("reporting")
            .definedBy("org.innocomplex.reporting..")
            .layer("web")
            .definedBy("org.innocomplex.web..")
            .whereLayer("access")
            .mayNotAccessAnyLayer()
            .whereLayer("registry")
            .mayOnlyAccessLayers("access")
            .whereLayer("submission")
            .mayOnlyAccessLayers("registry", "access")
            // a BPMN file's problems are Violations like every other refusal, so pages and the API show them alike
            .whereLayer("workflow")
            .mayOnlyAccessLayers("access")
            .whereLayer("appraisal")
            .mayOnlyAccessLayers("submission", "registry", "access", "workflow")
            .whereLayer("reporting")
            .mayOnlyAccessLayers("appraisal", "submission", "registry", "access")
            .whereLayer("web")
            .mayOnlyAccessLayers("access", "registry", "submission", "workflow", "appraisal", "reporting")
            .whereLayer("web")
            .mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule the_workflow_module_takes_only_the_refusal_shape_from_access = noClasses()
            .that()
            .resideInAPackage("org.innocomplex.workflow..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.innocomplex.access..").and(not(belongToAnyOf(Violation.class))))
            .because("the engine's module knows no users, roles or audit; it speaks the one refusal shape only");

    @ArchTest
    static final ArchRule modules_use_each_other_only_through_their_api = classes()
            .that()
            .resideInAPackage("org.innocomplex..")
            .should(useOtherModulesOnlyThroughTheirApi())
            .because("a module's application, domain and infrastructure packages are its own business");

    @ArchTest
    static final ArchRule the_webapp_uses_only_the_modules_api = noClasses()
            .that()
            .resideInAPackage("org.innocomplex.web..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.innocomplex..")
                    .and(not(resideInAnyPackage("org.innocomplex.web..", "org.innocomplex.*.api.."))))
            .because("the views call the modules' services and records, never their entities or implementations");

    @ArchTest
    static final ArchRule only_the_appraisal_drives_the_report_lifecycle = noClasses()
            .that()
            .resideOutsideOfPackages("org.innocomplex.appraisal..", "org.innocomplex.submission..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(ReportLifecycle.class)
            .because("creating, returning and accepting a report check no actor: the appraisal calls them once it "
                    + "has checked its task, and a page or resource goes through the checked services instead");

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = slices().matching("org.innocomplex.(*)..")
            .namingSlices("module $1")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule flowable_is_used_only_inside_the_workflow_module = noClasses()
            .that()
            .resideOutsideOfPackage("org.innocomplex.workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.flowable..")
            .because("the engine is the workflow module's implementation detail");

    @ArchTest
    static final ArchRule flowable_types_do_not_leave_the_workflow_api = noClasses()
            .that()
            .resideInAPackage("org.innocomplex.workflow.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.flowable..")
            .because("the workflow api speaks in its own records (TaskInfo, StepRecord)");

    @ArchTest
    static final ArchRule entities_live_in_domain_packages =
            classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("org.innocomplex.*.domain..");

    @ArchTest
    static final ArchRule api_packages_do_not_expose_entities = noClasses()
            .that()
            .resideInAPackage("org.innocomplex.*.api..")
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class)
            .because("no entity leaves its module: the api hands out records");

    @ArchTest
    static final ArchRule a_modules_domain_depends_on_nothing_of_its_application_or_infrastructure = noClasses()
            .that()
            .resideInAPackage("org.innocomplex.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.innocomplex.*.application..", "org.innocomplex.*.infrastructure..")
            .because("the rules are plain code the services and adapters use, never the other way round");

    @ArchTest
    static final ArchRule a_modules_api_depends_on_nothing_of_its_implementation = noClasses()
            .that()
            .resideInAPackage("org.innocomplex.*.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.innocomplex.*.application..",
                    "org.innocomplex.*.infrastructure..",
                    "org.innocomplex.*.domain..")
            .because("the api is what other modules compile against; it must not drag the implementation along");

    /** the module a class belongs to: the package segment after {@code org.innocomplex} */
    private static Optional<String> moduleOf(JavaClass c) {
        String pkg = c.getBaseComponentType().getPackageName() + ".";
        if (!pkg.startsWith(ROOT) || pkg.length() == ROOT.length()) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length());
        return Optional.of(rest.substring(0, rest.indexOf('.')));
    }

    private static boolean isApiOf(String module, JavaClass c) {
        String pkg = c.getBaseComponentType().getPackageName() + ".";
        return pkg.startsWith(ROOT + module + ".api.");
    }

    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirApi() {
        return new ArchCondition<>("depend on another module only through its api package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(origin).orElseThrow();
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> other = moduleOf(target).filter(m -> !m.equals(own));
                    if (other.isPresent() && !isApiOf(other.get(), target)) {
                        events.add(SimpleConditionEvent.violated(
                                d,
                                "module " + own + " reaches into module " + other.get() + " outside its api: "
                                        + d.getDescription()));
                    }
                }
            }
        };
    }
}

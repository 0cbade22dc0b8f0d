package dev.ascent;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The architecture is checked and drawn by the build: modules only use each other's APIs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AscentApplication.class);

    @Test
    void modulesOnlyDependOnEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

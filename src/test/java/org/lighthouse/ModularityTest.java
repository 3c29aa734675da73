package org.lighthouse;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules (channel, conversation, safety, ...) keep their internals to themselves and depend without cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(LighthouseApplication.class);

    /** Fails when a module reaches into another's internal package or when dependencies form a cycle. */
    @Test
    void modulesAreWellFormed() {
        modules.verify();
    }

    /** Writes the module diagram to target/spring-modulith-docs for the README's architecture section. */
    @Test
    void documentModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

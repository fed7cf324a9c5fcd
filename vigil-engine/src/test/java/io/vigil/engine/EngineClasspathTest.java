package io.vigil.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineClasspathTest {

    @TempDir
    Path temp;

    @Test
    void developmentClasspathIsOurClassesPlusTheListedJars() throws IOException {
        Path file = Files.writeString(temp.resolve("engine.classpath"), "/m2/a.jar" + File.pathSeparator + "/m2/b.jar\n");

        String classpath = EngineClasspath.resolve(file.toString(), "/ignored");

        assertThat(classpath.split(File.pathSeparator)).hasSize(3).endsWith("/m2/a.jar", "/m2/b.jar");
        assertThat(Path.of(classpath.split(File.pathSeparator)[0]).resolve("io/vigil/engine/EngineClasspath.class")).exists();
    }

    @Test
    void distributionClasspathIsEveryJarInItsEngineDirectory() throws IOException {
        Files.createDirectories(temp.resolve("engine"));
        Files.createFile(temp.resolve("engine/opensearch.jar"));

        assertThat(EngineClasspath.resolve(null, temp.toString())).isEqualTo(temp.resolve("engine") + File.separator + "*");
    }

    @Test
    void saysWhatIsMissing() {
        assertThatThrownBy(() -> EngineClasspath.resolve(temp.resolve("absent.classpath").toString(), null))
                .isInstanceOf(EngineStartException.class)
                .hasMessageStartingWith("cannot read the engine class path file " + temp.resolve("absent.classpath"));
        assertThatThrownBy(() -> EngineClasspath.resolve(null, temp.toString()))
                .isInstanceOf(EngineStartException.class)
                .hasMessage("the Vigil distribution in " + temp + " has no engine jars in " + temp.resolve("engine")
                        + "; reinstall Vigil, or use engine.url for an external engine");
        assertThatThrownBy(() -> EngineClasspath.resolve(null, null))
                .isInstanceOf(EngineStartException.class)
                .hasMessageContaining("neither vigil.home nor vigil.engine.classpath is set");
    }
}

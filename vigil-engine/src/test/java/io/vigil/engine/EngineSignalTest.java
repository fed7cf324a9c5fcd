package io.vigil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineSignalTest {

    @Test
    void readyCarriesThePort() {
        String line = EngineSignal.ready(9200).line();

        assertThat(line).isEqualTo("vigil-engine: ready 9200");
        assertThat(EngineSignal.parse(line)).contains(new EngineSignal(EngineSignal.Kind.READY, "9200"));
    }

    @Test
    void failuresKeepTheirMessageOnOneLine() {
        EngineSignal failed = new EngineSignal(EngineSignal.Kind.FAILED, "bad setting\n  [x]\tin file");

        assertThat(failed.line()).isEqualTo("vigil-engine: failed bad setting [x] in file");
        assertThat(EngineSignal.parse(failed.line())).contains(failed);
        assertThat(EngineSignal.parse("vigil-engine: locked")).contains(new EngineSignal(EngineSignal.Kind.LOCKED, ""));
        assertThat(EngineSignal.parse("vigil-engine: port_in_use")).contains(new EngineSignal(EngineSignal.Kind.PORT_IN_USE, ""));
    }

    @Test
    void ignoresOtherOutput() {
        assertThat(EngineSignal.parse("[0.5s][warning][cds] something")).isEmpty();
        assertThat(EngineSignal.parse("vigil-engine: unknown")).isEmpty();
    }
}

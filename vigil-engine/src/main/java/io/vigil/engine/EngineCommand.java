package io.vigil.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of the engine JVM. */
final class EngineCommand {

    static final String MAIN_CLASS = "io.vigil.engine.node.EngineMain";
    /** Where the node's log4j configuration (in this module's jar) writes. */
    static final String LOGS_PROPERTY = "vigil.engine.logs";

    private EngineCommand() {
    }

    static List<String> of(EngineOptions options, EngineDirectory directory, String classpath) {
        long heapMb = options.heapBytes() >> 20;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Measured with rounds of 100k documents of 1.1 KB on 2 shared cores: the serial collector needs less CPU
        // than G1 and ends about 200 MB lower in RSS. C1 alone (TieredStopAtLevel=1) halves the CPU of the first
        // round but needs 60% more per document once warm (about 12k against 20k documents per CPU second), so
        // the JIT stays as it is. The heap is whole from the start: grown from 64 MB it grew by full collections,
        // 10 of them (1.5 s, 150 ms each) in a minute of dashboards searched while ingesting 2,000 events/s,
        // against 1 with it whole (vigil bench dashboards). That costs RSS on small data: 711 against 459 MiB a
        // minute after vigil demo loaded.
        command.add("-Xms" + heapMb + "m");
        command.add("-Xmx" + heapMb + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        // as in OpenSearch's own jvm.options
        command.add("-Djava.locale.providers=SPI,COMPAT");
        command.add("-Dio.netty.noUnsafe=true");
        command.add("-Dio.netty.noKeySetOptimization=true");
        command.add("-Dio.netty.recycler.maxCapacityPerThread=0");
        command.add("-Dio.netty.allocator.numDirectArenas=0");
        command.add("-Dlog4j2.disable.jmx=true");
        command.add("-Dlog4j2.configurationFile=io/vigil/engine/node/log4j2-engine.xml");
        command.add("-D" + LOGS_PROPERTY + "=" + directory.logs());
        command.add("-cp");
        command.add(classpath);
        command.add(MAIN_CLASS);
        command.add(directory.root().toString());
        command.add(Integer.toString(options.httpPort()));
        return command;
    }
}

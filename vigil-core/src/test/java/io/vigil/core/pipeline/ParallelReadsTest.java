package io.vigil.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelReadsTest {

    @Test
    void readsEveryInputWithinTheBoundAndKeepsTheOrderOfAcknowledgements() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Supplier<CompletableFuture<Integer>>> reads = IntStream.range(0, 20).<Supplier<CompletableFuture<Integer>>>mapToObj(i -> () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return CompletableFuture.completedFuture(i);
        }).toList();

        List<CompletableFuture<Integer>> acknowledgements = ParallelReads.run(3, reads);

        assertThat(acknowledgements).extracting(CompletableFuture::join).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
        assertThat(most.get()).isBetween(1, 3);
    }
}

package io.vigil.sources.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

class TransferWatchTest {

    @Test
    void aBodyReadToItsEndEnded() throws IOException {
        TransferWatch transfer = new TransferWatch(new ByteArrayInputStream(new byte[100]));

        assertThat(transfer.readAllBytes()).hasSize(100);
        assertThat(transfer.ended()).isTrue();
        assertThat(transfer.failure()).isNull();
        assertThat(transfer.bytes()).isEqualTo(100);
    }

    @Test
    void aBodyLeftUnreadDidNotEnd() throws IOException {
        TransferWatch transfer = new TransferWatch(new ByteArrayInputStream(new byte[100]));

        assertThat(transfer.read(new byte[10])).isEqualTo(10);
        assertThat(transfer.ended()).isFalse();
    }

    @Test
    void whatTheReaderLeftIsDrainedUpToALimit() throws IOException {
        TransferWatch shortRest = new TransferWatch(new ByteArrayInputStream(new byte[100]));
        shortRest.read(new byte[10]);
        TransferWatch longRest = new TransferWatch(new ByteArrayInputStream(new byte[100_000]));
        longRest.read(new byte[10]);

        assertThat(shortRest.drain(1024)).isTrue();
        assertThat(longRest.drain(1024)).isFalse();
        assertThat(longRest.bytes()).isEqualTo(10 + 1024);
    }

    @Test
    void aTransferThatBreaksOffIsRememberedEvenWhenTheReaderSwallowsTheError() {
        InputStream breaking = new InputStream() {
            private int left = 50;

            @Override
            public int read() throws IOException {
                if (left == 0) {
                    throw new SocketException("Connection reset");
                }
                left--;
                return 'x';
            }
        };
        TransferWatch transfer = new TransferWatch(breaking);

        assertThatThrownBy(transfer::readAllBytes).isInstanceOf(SocketException.class);
        assertThat(transfer.failure()).hasMessage("Connection reset");
        assertThat(transfer.ended()).isFalse();
        assertThat(transfer.bytes()).isEqualTo(50);
    }
}

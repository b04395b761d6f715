package nl.socialekaart.portal.opendata.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pipe from one writing thread to whichever threads read. {@link java.io.PipedInputStream} ties itself
 * to the reading thread and fails ("Read end dead") when the server reads on another thread than before; this
 * one only counts chunks. The writer blocks when {@value #CHUNKS} chunks wait, and gives up when the reader is
 * gone (closed) or has not taken anything for a minute.
 */
final class Pijp {

    private static final int CHUNK = 32 * 1024;
    private static final int CHUNKS = 8;
    private static final byte[] EINDE = new byte[0];

    private final BlockingQueue<byte[]> rij = new ArrayBlockingQueue<>(CHUNKS);
    private volatile boolean gesloten;

    final OutputStream uit = new OutputStream() {
        private byte[] buffer = new byte[CHUNK];
        private int gevuld;

        @Override
        public void write(int b) throws IOException {
            if (gevuld == CHUNK) {
                flushChunk();
            }
            buffer[gevuld++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (gevuld == CHUNK) {
                    flushChunk();
                }
                int n = Math.min(len, CHUNK - gevuld);
                System.arraycopy(b, off, buffer, gevuld, n);
                gevuld += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() throws IOException {
            if (gevuld > 0) {
                byte[] chunk = java.util.Arrays.copyOf(buffer, gevuld);
                gevuld = 0;
                zet(chunk);
            }
        }

        @Override
        public void close() throws IOException {
            flushChunk();
            zet(EINDE);
        }
    };

    final InputStream in = new InputStream() {
        private byte[] huidig = new byte[0];
        private int positie;
        private boolean klaar;

        @Override
        public int read() throws IOException {
            byte[] een = new byte[1];
            return read(een, 0, 1) == -1 ? -1 : een[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (positie == huidig.length) {
                if (klaar) {
                    return -1;
                }
                try {
                    huidig = rij.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                positie = 0;
                if (huidig == EINDE) {
                    klaar = true;
                    return -1;
                }
            }
            int n = Math.min(len, huidig.length - positie);
            System.arraycopy(huidig, positie, b, off, n);
            positie += n;
            return n;
        }

        @Override
        public void close() {
            gesloten = true;
            rij.clear();
        }
    };

    private void zet(byte[] chunk) throws IOException {
        try {
            if (gesloten || !rij.offer(chunk, 1, TimeUnit.MINUTES)) {
                throw new IOException("de lezer is weg");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }
}

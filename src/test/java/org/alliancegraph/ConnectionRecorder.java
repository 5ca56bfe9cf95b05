package org.alliancegraph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local TCP listener that only counts the connections it accepts: it stands in for an endpoint
 * that must never be contacted (a refused SERVICE target), so a test can prove no request left.
 */
public final class ConnectionRecorder implements AutoCloseable {
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    public ConnectionRecorder() throws IOException {
        listener = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "connection-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() { return listener.getLocalPort(); }

    public int connections() { return connections.get(); }

    @Override
    public void close() throws IOException { listener.close(); }
}

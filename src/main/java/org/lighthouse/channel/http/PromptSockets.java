package org.lighthouse.channel.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets that send each write at once (TCP_NODELAY) for the channels' HTTP clients. OkHttp leaves Nagle's algorithm
 * on, and a request written in several parts (a picture's multipart upload) then waits for the server's delayed
 * acknowledgement, 40 ms on Linux, before its last part goes: every lesson's first card, which has a picture, was
 * answered about 45 ms later than other buttons in the bench.
 */
public final class PromptSockets extends SocketFactory {

    public static final SocketFactory INSTANCE = new PromptSockets();

    private final SocketFactory sockets = SocketFactory.getDefault();

    private PromptSockets() {
    }

    @Override
    public Socket createSocket() throws IOException {
        return prompt(sockets.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return prompt(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return prompt(sockets.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return prompt(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return prompt(sockets.createSocket(address, port, localAddress, localPort));
    }

    private static Socket prompt(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}

package org.lighthouse.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class PromptSocketsUnitTest {

    @Test
    void everySocketItMakesSendsEachWriteAtOnce() throws IOException {
        InetAddress local = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 50, local);
                Socket unconnected = PromptSockets.INSTANCE.createSocket();
                Socket byName = PromptSockets.INSTANCE.createSocket(local.getHostAddress(), server.getLocalPort());
                Socket byAddress = PromptSockets.INSTANCE.createSocket(local, server.getLocalPort());
                Socket fromPort = PromptSockets.INSTANCE.createSocket(local, server.getLocalPort(), local, 0);
                Socket fromPortByName = PromptSockets.INSTANCE.createSocket(local.getHostAddress(),
                        server.getLocalPort(), local, 0)) {
            unconnected.connect(new InetSocketAddress(local, server.getLocalPort()));
            for (Socket socket : new Socket[] {unconnected, byName, byAddress, fromPort, fromPortByName}) {
                assertThat(socket.getTcpNoDelay()).as(socket.toString()).isTrue();
            }
        }
    }
}

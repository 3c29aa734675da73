package org.lighthouse.channel;

/**
 * Handles what people do in chats. The channel calls it for one chat's events in order, and for different chats in
 * parallel, after the event was stored so that it is not lost if the process stops.
 */
public interface InboundHandler {

    void handle(Inbound inbound);
}

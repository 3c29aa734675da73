package org.lighthouse.channel.outbox;

/**
 * Which chat's message goes first when several chats' are ready: alerts about danger, then the bot's and responders'
 * answers, then broadcasts, whose many messages would otherwise hold up everything accepted after them.
 */
enum Precedence {
    URGENT,
    REPLY,
    BULK;

    static Precedence of(OutboxMessage message) {
        return message.urgent() ? URGENT : message.bulk() ? BULK : REPLY;
    }
}

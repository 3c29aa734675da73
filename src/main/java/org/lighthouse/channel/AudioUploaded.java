package org.lighthouse.channel;

/**
 * A channel uploaded a recording ({@link Reply.Audio}) and its platform gave the file an id, by which it can be sent
 * again without uploading it.
 *
 * @param key the recording's {@link Reply.Audio#key()}
 * @param platformId the platform's id of the file (Telegram's {@code file_id})
 */
public record AudioUploaded(String key, ChatRef.Channel channel, String platformId) {
}

/** What the channels' HTTP clients share. */
@org.jspecify.annotations.NullMarked
package org.lighthouse.channel.http;

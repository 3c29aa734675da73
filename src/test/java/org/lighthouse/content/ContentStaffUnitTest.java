package org.lighthouse.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.ChatRef;
import org.junit.jupiter.api.Test;

/** Who may review in the chat, and the name their reviews are kept under. */
class ContentStaffUnitTest {

    /**
     * A reviewer of LIGHTHOUSE_REVIEWERS reviews under no name; one whose console account is linked reviews under its
     * login; anyone else does not review.
     */
    @Test
    void reviewersFromTheListOrALinkedAccount() {
        ContentAccounts console = new ContentAccounts() {
            @Override
            public boolean reviewer(long telegramUser) {
                return telegramUser == 22;
            }

            @Override
            public boolean recorder(long telegramUser) {
                return false;
            }

            @Override
            public Set<Long> linked() {
                return Set.of(22L);
            }

            @Override
            public Optional<String> login(long telegramUser) {
                return telegramUser == 22 ? Optional.of("hoa") : Optional.empty();
            }
        };
        ContentStaff staff = new ContentStaff(new ContentSettings("11, 12"), List.of(console));
        assertThat(staff.reviews(11)).isTrue();
        assertThat(staff.name(11)).isEmpty();
        assertThat(staff.reviews(22)).isTrue();
        assertThat(staff.name(22)).isEqualTo("hoa");
        assertThat(staff.reviews(33)).isFalse();
        assertThat(staff.chats()).containsExactlyInAnyOrder(ChatRef.telegram(11), ChatRef.telegram(12),
                ChatRef.telegram(22));
        assertThat(staff.includes(ChatRef.telegram(22))).isTrue();
        assertThat(staff.includes(ChatRef.telegram(12))).isTrue();
        assertThat(staff.includes(ChatRef.telegram(33))).isFalse();
        assertThat(staff.includes(new ChatRef(ChatRef.Channel.WEB, "11"))).isFalse();
    }
}

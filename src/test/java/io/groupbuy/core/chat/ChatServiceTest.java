package io.groupbuy.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.core.Actor;
import io.groupbuy.core.Channel;
import io.groupbuy.core.Chat;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.Member;
import io.groupbuy.core.Role;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.UserId;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.line.MutableClock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatServiceTest {
    private final ChatId line = ChatId.of(Channel.LINE, "C0123456789abcdef0123456789abcdef");
    private final ChatId telegram = ChatId.telegram(-100);
    private final UserId operator = UserId.of(Channel.LINE, "Uop");
    private final UserId tgAdmin = UserId.of(Channel.TELEGRAM, "7");
    private final ChatService chats = new ChatService(new InMemoryStores(),
            (chat, user) -> chat.channel() == Channel.TELEGRAM ? Optional.of(user.equals(tgAdmin)) : Optional.empty(),
            Set.of(operator), new ChatDefaults("THB", Language.TH, Language.EN),
            new ExchangeRates(Map.of("THB", 5_000_000L, "USD", 140_000L)), MutableClock.startingNow());

    @Test
    void newChatsTakeTheDefaultsOfTheirChannel() {
        assertThat(chats.chat(line, "Family").language()).isEqualTo(Language.TH);
        assertThat(chats.chat(telegram, "Friends").language()).isEqualTo(Language.EN);
        assertThat(chats.chat(line, null).currency()).isEqualTo("THB");
    }

    @Test
    void rolesComeFromOperatorPlatformAndChat() {
        chats.chat(line, "x");
        chats.chat(telegram, "y");
        assertThat(chats.actor(line, new Member(operator, "Op")).role()).isEqualTo(Role.ADMIN);
        assertThat(chats.actor(telegram, new Member(tgAdmin, "Boss")).role()).isEqualTo(Role.ADMIN);
        assertThat(chats.actor(telegram, new Member(UserId.of(Channel.TELEGRAM, "8"), "M")).role())
                .isEqualTo(Role.MEMBER);
    }

    @Test
    void theFirstToSetUpALineGroupBecomesItsAdminAndCanPromote() {
        chats.chat(line, "x");
        Actor first = chats.actor(line, new Member(UserId.of(Channel.LINE, "U1"), "Nok"));
        Actor second = chats.actor(line, new Member(UserId.of(Channel.LINE, "U2"), "Ploy"));
        assertThat(chats.setup(first).becameAdmin()).isTrue();
        assertThat(chats.setup(second).becameAdmin()).isFalse();
        Actor firstAgain = chats.actor(line, new Member(UserId.of(Channel.LINE, "U1"), "Nok"));
        assertThat(firstAgain.role()).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> chats.setAdmin(second, "Nok", false)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ADMIN));
        assertThat(chats.setAdmin(firstAgain, "@ploy", true).displayName()).isEqualTo("Ploy");
        assertThat(chats.roleOf(line, UserId.of(Channel.LINE, "U2"))).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> chats.setAdmin(firstAgain, "Nobody", true)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.MEMBER_NOT_FOUND));
    }

    @Test
    void theLastAdminCannotBeRemoved() {
        chats.chat(line, "x");
        Actor first = chats.actor(line, new Member(UserId.of(Channel.LINE, "U1"), "Nok"));
        chats.setup(first);
        Actor admin = chats.actor(line, new Member(UserId.of(Channel.LINE, "U1"), "Nok"));
        assertThatThrownBy(() -> chats.setAdmin(admin, "Nok", false)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.LAST_ADMIN));
    }

    @Test
    void languageAndCurrencyAreChosenPerChat() {
        chats.chat(telegram, "y");
        Actor member = chats.actor(telegram, new Member(UserId.of(Channel.TELEGRAM, "8"), "M"));
        Chat chat = chats.setLanguage(member, Language.ZH);
        assertThat(chat.languageChosen()).isTrue();
        assertThat(chats.setCurrency(member, "usd").currency()).isEqualTo("USD");
        assertThatThrownBy(() -> chats.setCurrency(member, "XYZ")).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.CURRENCY_UNKNOWN));
    }
}

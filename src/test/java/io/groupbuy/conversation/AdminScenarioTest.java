package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.Channel;
import io.groupbuy.core.Role;
import org.junit.jupiter.api.Test;

/** Naming admins: /setup (LINE's way, accepted everywhere) and /admin add|remove. */
class AdminScenarioTest {
    private final BotFixture bot = new BotFixture();

    @Test
    void onLineTheFirstToRunSetupBecomesAdminAndNamesOthers() {
        ChatSimulator group = bot.group(Channel.LINE, "Cadmins");
        ChatSimulator.Person nok = group.member("Nok");
        ChatSimulator.Person ploy = group.member("Ploy");
        ChatSimulator.Person dao = group.member("Dao");
        ploy.say("/cart");
        dao.say("/cart");

        nok.say("/setup");
        assertThat(group.lastText()).isEqualTo(
                "Nok เป็นแอดมินของแชทนี้แล้วค่ะ เพิ่มแอดมินคนอื่นได้ด้วย /admin add @ชื่อ\n");
        ploy.say("/setup");
        assertThat(group.lastText()).startsWith("แชทนี้มีแอดมินแล้วค่ะ");
        nok.say("/setup");
        assertThat(group.lastText()).startsWith("คุณเป็นแอดมินของแชทนี้อยู่แล้วค่ะ");

        ploy.say("/admin add @Dao");
        assertThat(group.lastText()).startsWith("ขออภัยค่ะ เฉพาะแอดมิน");
        nok.say("/admin add @ploy");
        assertThat(group.lastText()).isEqualTo("Ploy เป็นแอดมินของแชทนี้แล้วค่ะ\n");
        assertThat(bot.chats.roleOf(group.chat, ploy.id())).isEqualTo(Role.ADMIN);
        nok.say("/admin add Ploy");
        assertThat(group.lastText()).contains("Ploy เป็นแอดมินอยู่แล้วค่ะ");
        nok.say("/admin add @Somebody");
        assertThat(group.lastText()).contains("ยังไม่รู้จัก \"@Somebody\"");

        ploy.say("/admin remove @Nok");
        assertThat(group.lastText()).isEqualTo("Nok ไม่ได้เป็นแอดมินของแชทนี้แล้วค่ะ\n");
        ploy.say("/admin remove Ploy");
        assertThat(group.lastText()).contains("Ploy เป็นแอดมินคนสุดท้ายค่ะ");
        ploy.say("/admin promote Dao");
        assertThat(group.lastText()).startsWith("ใช้ /admin add @ชื่อ");
    }

    @Test
    void onTelegramGroupAdminsAlreadyAreAdminsAndMembersArePointedToThem() {
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1010");
        ChatSimulator.Person member = group.member("Anna", "en");
        ChatSimulator.Person owner = group.member("Owner", "en");
        bot.platformAdmins.add(owner.id());

        member.say("/setup");
        assertThat(group.lastText()).startsWith("On Telegram the group's own admins are already my admins.");
        assertThat(bot.chats.roleOf(group.chat, member.id())).isEqualTo(Role.MEMBER);

        owner.say("/admin add Anna");
        assertThat(group.lastText()).isEqualTo("Anna is now an admin of this chat.\n");
        assertThat(bot.chats.roleOf(group.chat, member.id())).isEqualTo(Role.ADMIN);
    }

    @Test
    void onTelegramSetupStillWorksWhereNobodyIsAdmin() {
        ChatSimulator dm = bot.privateChat(Channel.TELEGRAM, "77");
        ChatSimulator.Person anna = dm.member("Anna", "en");
        anna.say("/setup");
        assertThat(dm.lastText()).isEqualTo("Anna is now the admin of this chat. Add others with /admin add @name.\n");
        anna.say("/setup");
        assertThat(dm.lastText()).isEqualTo("You're already an admin of this chat.\n");
    }

    @Test
    void aTelegramGroupAdminRunningSetupIsToldTheyAlreadyAre() {
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1013");
        ChatSimulator.Person owner = group.member("Owner", "en");
        ChatSimulator.Person other = group.member("Other", "en");
        bot.platformAdmins.add(owner.id());
        bot.platformAdmins.add(other.id());
        owner.say("/setup");
        assertThat(group.lastText()).contains("Owner is now the admin of this chat.");
        other.say("/setup");
        assertThat(group.lastText()).startsWith("On Telegram the group's own admins are already my admins.");
    }

    @Test
    void playgroundSetupWorksLikeLine() {
        ChatSimulator room = bot.group(Channel.PLAYGROUND, "room-1");
        room.member("Ann").say("/setup");
        assertThat(room.lastText()).contains("Ann is now the admin of this chat.");
    }
}

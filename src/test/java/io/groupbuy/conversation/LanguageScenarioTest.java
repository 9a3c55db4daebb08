package io.groupbuy.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.Channel;
import org.junit.jupiter.api.Test;

/** Which language the bot speaks: /lang, the member's language_code, LINE's Thai default; main flow in all three. */
class LanguageScenarioTest {
    private final BotFixture bot = new BotFixture();

    @Test
    void telegramFollowsEachMembersLanguageCodeUntilTheChatChoosesOne() {
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1004");
        ChatSimulator.Person somchai = group.member("Somchai", "th");
        ChatSimulator.Person li = group.member("Li", "zh-hans");
        ChatSimulator.Person emma = group.member("Emma", "en-US");
        ChatSimulator.Person pierre = group.member("Pierre", "fr");

        somchai.say("/cart");
        assertThat(group.lastText()).startsWith("ตะกร้ายังว่างอยู่ค่ะ");
        li.say("/cart");
        assertThat(group.lastText()).startsWith("购物车是空的");
        emma.say("/cart");
        assertThat(group.lastText()).startsWith("The cart is empty");
        pierre.say("/cart");
        assertThat(group.lastText()).as("unknown language: the chat's (English on Telegram)")
                .startsWith("The cart is empty");

        li.say("/lang th");
        assertThat(group.lastText()).contains("ต่อจากนี้แชทนี้จะใช้ภาษา: ไทย");
        emma.say("/cart");
        assertThat(group.lastText()).as("the chat's choice wins over the member's").startsWith("ตะกร้ายังว่างอยู่ค่ะ");

        emma.say("/lang english");
        li.say("/cart");
        assertThat(group.lastText()).startsWith("The cart is empty");
    }

    @Test
    void lineChatsStartInThai() {
        ChatSimulator group = bot.group(Channel.LINE, "C0123456789abcdef");
        ChatSimulator.Person nok = group.member("Nok");
        nok.say("/cart");
        assertThat(group.lastText()).startsWith("ตะกร้ายังว่างอยู่ค่ะ");
        nok.say("/lang");
        assertThat(group.lastText()).contains("ภาษาตอนนี้: ไทย");
        nok.say("/lang klingon");
        assertThat(group.lastText()).contains("/lang th");
    }

    @Test
    void theMainFlowInThai() {
        ChatSimulator group = bot.group(Channel.LINE, "Cthai");
        ChatSimulator.Person nok = group.member("Nok");
        group.member("Admin").say("/setup");

        nok.say(BotFixture.TSHIRT_LINK);
        assertThat(group.lastText()).contains("มีสินค้า: 20", "เลือก Colour:", "[Red] [Blue]");
        nok.press("Red");
        nok.press("M");
        assertThat(group.lastText()).contains("เลือกแล้ว: Red / M", "ต้องการกี่ชิ้นคะ?");
        nok.press("2");
        assertThat(group.lastText()).contains("✅ Nok เพิ่ม 2 × T-shirt", "฿299.00", "ทั้งหมด: 2 ชิ้น",
                "[🛒 ดูตะกร้า] [−1] [+1] [🗑 ลบ]");
        nok.say("/cart");
        assertThat(group.lastText()).contains("== 🛒 ตะกร้ารวมของกลุ่ม ==", "รวม: ¥59.80 · ฿299.00", "[รายการของฉัน] [สั่งซื้อ]");
        nok.press("สั่งซื้อ");
        assertThat(group.lastText()).contains("ขออภัยค่ะคุณ Nok เฉพาะแอดมินของแชทนี้เท่านั้นที่ทำรายการนี้ได้");
        group.member("Admin").say("/checkout");
        assertThat(group.lastText()).contains("== 🧾 สรุปการสั่งซื้อ ==", "ยอดชำระทั้งหมด: ¥65.80 · ฿329.00",
                "[✅ ยืนยันและชำระเงิน] [✖ ยกเลิก]");
        group.member("Admin").press("✅ ยืนยันและชำระเงิน");
        assertThat(group.lastText()).contains("✅ คำสั่งซื้อ #1 (Taobao) สั่งและชำระเงินแล้ว: ¥65.80 · ฿329.00");
    }

    @Test
    void theMainFlowInChinese() {
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1005");
        ChatSimulator.Person li = group.member("Li", "zh-CN");
        bot.platformAdmins.add(li.id());

        li.say(BotFixture.TSHIRT_LINK);
        assertThat(group.lastText()).contains("[淘宝]", "库存：20", "请选择Colour：");
        li.press("Blue");
        li.press("L");
        li.press("1");
        assertThat(group.lastText()).contains("✅ Li 加入了 1 × T-shirt", "合计：1 件 · ¥29.90 · ฿149.50");
        li.say("/checkout");
        assertThat(group.lastText()).contains("== 🧾 结算 ==", "应付：¥29.90 + 运费 ¥6.00 = ¥35.90 · ฿179.50",
                "[✅ 确认并付款] [✖ 取消]");
        li.press("✖ 取消");
        assertThat(group.lastText()).contains("Li 取消了结算");
        li.say("/foo");
        assertThat(group.lastText()).isEqualTo("我不认识 /foo。发送 /help 查看我能做什么。\n");
    }

    @Test
    void theMainFlowInEnglishIsCoveredAndHelpIsShortInEveryLanguage() {
        ChatSimulator group = bot.group(Channel.TELEGRAM, "-1006");
        for (String lang : new String[] {"en", "th", "zh"}) {
            group.member("M" + lang, lang).say("/help");
            assertThat(group.lastText().lines().count()).isLessThan(20);
            assertThat(group.lastText()).contains("/cart", "/checkout", "/search1688", "/qty");
        }
    }
}

package io.groupbuy.conversation.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.conversation.view.ErrorText;
import io.groupbuy.core.Language;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three bundles say the same things: same keys, same placeholders, nothing empty, nothing missing. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\bt\\(\\s*\"([a-zA-Z0-9_.]+)\"");
    private static final Path SOURCES = Path.of("src/main/java/io/groupbuy/conversation");

    private final Messages messages = Messages.bundled();

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> english = messages.keys(Language.EN);
        assertThat(english).hasSizeGreaterThan(150);
        assertThat(messages.keys(Language.TH)).isEqualTo(english);
        assertThat(messages.keys(Language.ZH)).isEqualTo(english);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noMessageIsEmpty(Language language) {
        for (String key : messages.keys(language)) {
            assertThat(messages.pattern(language, key)).as(language + " " + key).isNotBlank();
        }
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() {
        for (String key : messages.keys(Language.EN)) {
            Set<String> english = placeholders(messages.pattern(Language.EN, key));
            assertThat(placeholders(messages.pattern(Language.TH, key))).as("th " + key).isEqualTo(english);
            assertThat(placeholders(messages.pattern(Language.ZH, key))).as("zh " + key).isEqualTo(english);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        List<String> used = keysInCode();
        assertThat(used).hasSizeGreaterThan(100);
        for (String key : used) {
            if (key.endsWith(".")) {
                continue; // a family completed at run time, checked below
            }
            assertThat(messages.has(Language.EN, key)).as("key used in code: " + key).isTrue();
        }
        assertThat(used).contains("status.", "news.status.", "marketplace.", "lang.name.");
    }

    @Test
    void everyKeyFamilyIsComplete() {
        for (OrderStatus s : OrderStatus.values()) {
            assertThat(messages.has(Language.EN, "status." + s.name())).as(s.name()).isTrue();
            assertThat(messages.has(Language.EN, "news.status." + s.name())).as(s.name()).isTrue();
        }
        for (Marketplace m : Marketplace.values()) {
            assertThat(messages.has(Language.EN, "marketplace." + m.code())).isTrue();
        }
        for (Language l : Language.values()) {
            assertThat(messages.has(Language.EN, "lang.name." + l.code())).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(UserError.Problem.class)
    void everyProblemHasASentence(UserError.Problem problem) {
        assertThat(messages.has(Language.EN, ErrorText.key(problem))).isTrue();
    }

    @Test
    void noBundleKeyIsDead() throws IOException {
        Set<String> used = new TreeSet<>(keysInCode());
        for (UserError.Problem p : UserError.Problem.values()) {
            used.add(ErrorText.key(p));
        }
        for (String key : messages.keys(Language.EN)) {
            boolean family = used.stream().anyMatch(u -> u.endsWith(".") && key.startsWith(u));
            assertThat(used.contains(key) || family).as("unused key " + key).isTrue();
        }
    }

    @Test
    void apostrophesAreLiteralAndArgumentsAreFilled() {
        assertThat(messages.in(Language.EN).t("lang.set", "English"))
                .isEqualTo("OK, I'll speak English in this chat from now on.");
        assertThat(messages.in(Language.EN).t("mine.title", "Anna")).isEqualTo("Anna's lines");
        assertThat(messages.in(Language.EN).t("problem.not_your_line", "Ben"))
                .isEqualTo("That line belongs to Ben. Only Ben or an admin can change it.");
        assertThat(messages.in(Language.EN).t("order.title", 12345, "Taobao")).isEqualTo("Order #12345 · Taobao");
    }

    @Test
    void aMissingArgumentLeavesNoBracesBehind() {
        assertThat(messages.in(Language.EN).t("problem.currency_unknown")).doesNotContain("{");
    }

    @Test
    void aMissingKeyIsVisibleButHarmless() {
        assertThat(messages.in(Language.TH).t("no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void thaiIsPoliteInOneVoice() {
        for (String key : messages.keys(Language.TH)) {
            assertThat(messages.pattern(Language.TH, key)).as(key).doesNotContain("ครับ");
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> keysInCode() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}

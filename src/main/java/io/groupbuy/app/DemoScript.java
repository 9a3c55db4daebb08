package io.groupbuy.app;

import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.i18n.Texts;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.ChatKind;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.render.TranscriptRenderer;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Member;
import io.groupbuy.core.UserId;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A chat the demo speaks in: members say things and press buttons through the real conversation
 * engine, and everything is printed the way the chat would read it. News the bot sends on its own
 * (order callbacks) arrives through {@link Outbound} and is printed too.
 */
final class DemoScript implements Outbound {
    static final ChatId CHAT = ChatId.of(Channel.PLAYGROUND, "demo-group");

    private final ChatId chat;
    private final CoreWiring core;
    private final PrintStream out;
    private final Texts texts;
    private final Clock clock;
    private final TranscriptRenderer transcript = new TranscriptRenderer();
    private final LinkedBlockingQueue<Reply> news = new LinkedBlockingQueue<>();
    private final List<String> pictures = new ArrayList<>();
    private Reply last = Reply.NONE;

    DemoScript(CoreWiring core, PrintStream out, Texts texts, Clock clock) {
        this(CHAT, core, out, texts, clock);
    }

    DemoScript(ChatId chat, CoreWiring core, PrintStream out, Texts texts, Clock clock) {
        this.chat = chat;
        this.core = core;
        this.out = out;
        this.texts = texts;
        this.clock = clock;
    }

    /** Someone of the demo group. */
    record Person(String id, String name) {
        Member member(Channel channel) {
            return new Member(UserId.of(channel, id), name);
        }
    }

    void narrate(String line) {
        out.println();
        out.println("— " + line + " —");
    }

    Reply says(Person who, String text) {
        out.println();
        out.println(who.name() + ": " + text);
        return answer(who, new Content.Text(text));
    }

    Reply sendsPhoto(Person who, byte[] jpeg) {
        out.println();
        out.println(who.name() + ": [photo, " + jpeg.length / 1024 + " KB]");
        return answer(who, new Content.Photo(jpeg, null));
    }

    /** Presses the first button of the last answer that the predicate accepts. */
    Reply presses(Person who, Predicate<Button> which) {
        Button button = buttons(last).stream().filter(b -> !b.isLink()).filter(which).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo expected a button that is not there"));
        out.println();
        out.println(who.name() + " taps [" + button.label() + "]");
        return answer(who, new Content.ButtonPress(button.payload()));
    }

    /** Picks options on the product card in the last answer until the quantity buttons appear, then taps one. */
    Reply picksFirstAvailableOptionAndQuantity(Person who, int quantityChoice) {
        Predicate<String> soldOut = template("card.value_sold_out");
        Predicate<String> more = template("btn.more");
        String startOver = texts.t("btn.start_over");
        for (int step = 0; step < 6; step++) {
            List<Button> choices = cardButtons(last);
            Optional<Button> quantity = choices.stream().filter(b -> b.label().matches("\\d+")).skip(quantityChoice)
                    .findFirst();
            if (quantity.isPresent()) {
                return presses(who, b -> b == quantity.get());
            }
            Optional<Button> option = choices.stream()
                    .filter(b -> !soldOut.test(b.label()) && !more.test(b.label()) && !b.label().equals(startOver))
                    .findFirst();
            if (option.isEmpty()) {
                throw new IllegalStateException("no option left to pick on the card");
            }
            presses(who, b -> b == option.get());
        }
        throw new IllegalStateException("the card never asked for a quantity");
    }

    /** Whether a label was made from a message template, whatever its arguments. */
    private Predicate<String> template(String key) {
        String marker = "\u0000";
        String[] parts = texts.t(key, marker, marker, marker).split(marker, -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(java.util.regex.Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append(".*");
            }
        }
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex.toString(),
                java.util.regex.Pattern.DOTALL);
        return label -> pattern.matcher(label).matches();
    }

    private Reply answer(Person who, Content content) {
        Incoming in = new Incoming("demo:" + UUID.randomUUID(), chat, ChatKind.GROUP, "Bangkok friends",
                who.member(chat.channel()), texts.language().code(), content, true, clock.instant());
        Reply reply = core.conversation().handle(in);
        print("Bot", reply);
        reply.messages().stream().filter(m -> m instanceof OutMessage.ProductCard)
                .map(m -> ((OutMessage.ProductCard) m).pictureUrl()).filter(java.util.Objects::nonNull)
                .forEach(pictures::add);
        last = reply;
        return reply;
    }

    /**
     * Waits for the news the bot posts on its own (after a callback) that the predicate recognises;
     * earlier news was printed when it arrived.
     */
    Reply awaitNews(Predicate<Reply> which, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            core.relay().sendDue();
            Reply reply = news.poll(200, TimeUnit.MILLISECONDS);
            if (reply != null && which.test(reply)) {
                last = reply;
                return reply;
            }
        }
        throw new IllegalStateException("the expected news did not arrive within " + timeout.toSeconds() + " s");
    }

    /** Whether a reply mentions a text (for recognising news). */
    boolean mentions(Reply reply, String text) {
        return transcript.render(reply).contains(text);
    }

    /** The picture of the first product card the chat has seen lately (a member "photographs" it). */
    Optional<String> lastPicture() {
        return pictures.isEmpty() ? Optional.empty() : Optional.of(pictures.get(pictures.size() - 1));
    }

    @Override
    public void send(ChatId chat, Reply reply, String key) {
        print("Bot (news)", reply);
        news.add(reply);
    }

    private void print(String who, Reply reply) {
        if (reply.isEmpty()) {
            return;
        }
        out.println(who + ":");
        for (String line : transcript.render(reply).split("\n")) {
            out.println("    " + line);
        }
    }

    static List<Button> buttons(Reply reply) {
        List<Button> all = new ArrayList<>();
        for (OutMessage m : reply.messages()) {
            all.addAll(buttonsOf(m));
        }
        return all;
    }

    private static List<Button> cardButtons(Reply reply) {
        for (OutMessage m : reply.messages()) {
            if (m instanceof OutMessage.ProductCard) {
                return buttonsOf(m);
            }
        }
        return buttons(reply);
    }

    private static List<Button> buttonsOf(OutMessage m) {
        List<Button> all = new ArrayList<>();
        if (m instanceof OutMessage.Text t) {
            t.buttons().forEach(all::addAll);
            all.addAll(t.quickReplies());
        } else if (m instanceof OutMessage.ProductCard c) {
            c.buttons().forEach(all::addAll);
        } else if (m instanceof OutMessage.Cards cs) {
            cs.cards().forEach(c -> c.buttons().forEach(all::addAll));
        } else if (m instanceof OutMessage.Listing l) {
            l.buttons().forEach(all::addAll);
        }
        return all;
    }

    Reply last() {
        return last;
    }
}

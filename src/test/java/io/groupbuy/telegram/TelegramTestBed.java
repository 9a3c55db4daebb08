package io.groupbuy.telegram;

import io.groupbuy.conversation.BotMetrics;
import io.groupbuy.conversation.ChatLanes;
import io.groupbuy.conversation.Conversation;
import io.groupbuy.core.Secret;
import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.Transactions;
import io.groupbuy.testing.InMemoryStores;
import io.groupbuy.testing.telegram.TelegramBotApiFake;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** A Bot API fake on a real port, a store, lanes and metrics; channels started against them and closed with it. */
final class TelegramTestBed implements AutoCloseable {
    static final long GROUP = -100_200_300L;
    static final long ADMIN = 1001L;
    static final long ALICE = 1002L;
    static final long BOB = 1003L;

    final TelegramBotApiFake fake;
    final Transactions tx;
    final ScriptedConversation conversation = new ScriptedConversation();
    final BotMetrics metrics = new BotMetrics(new SimpleMeterRegistry());
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<TelegramChannel> channels = new ArrayList<>();
    private final boolean ownsFake;

    TelegramTestBed() {
        this(TelegramBotApiFake.start(), new InMemoryStores(), true);
    }

    /** A bed on a fake and store that outlive it (a restart after a crash). */
    TelegramTestBed(TelegramBotApiFake fake, Transactions tx, boolean ownsFake) {
        this.fake = fake;
        this.tx = tx;
        this.ownsFake = ownsFake;
    }

    TelegramSettings settings() {
        return TelegramSettings.polling(Secret.of(fake.token()), URI.create(fake.baseUrl()))
                .withPollTimeout(Duration.ofSeconds(1));
    }

    TelegramChannel start() {
        return start(settings(), conversation);
    }

    TelegramChannel start(TelegramSettings settings, Conversation engine) {
        ChatLanes lanes = new ChatLanes("test-lane", 8);
        TelegramChannel channel = TelegramChannel.create(settings, tx, engine, lanes, metrics, Clock.systemUTC());
        closeables.add(lanes);
        closeables.add(channel);
        channels.add(channel);
        channel.start();
        return channel;
    }

    double count(String name) {
        Counter c = metrics.registry().find(name).tag("channel", "telegram").counter();
        return c == null ? 0 : c.count();
    }

    /** No message queued or being sent by any channel of this bed. */
    boolean channelIdle() {
        return channels.stream().allMatch(c -> c.outboundPending() == 0);
    }

    long inbox(InboxEvent.State state) {
        return tx.read(s -> s.inbox().count(TelegramChannel.SOURCE, state));
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                // best effort
            }
        }
        if (ownsFake) {
            fake.close();
        }
    }
}

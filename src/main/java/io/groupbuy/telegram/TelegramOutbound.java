package io.groupbuy.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.groupbuy.conversation.Outbound;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * News for a chat (order updates, reconciliation) through the same rate-limited queue as replies.
 * Blocks until delivered, or throws {@link OutboundException}. Telegram has no retry key, so the news
 * key does the job in memory: messages of a key already delivered are not sent again when the caller
 * retries, and a retry while the first attempt is still queued waits for it instead of queueing twice.
 */
public final class TelegramOutbound implements Outbound {
    private final TelegramRenderer renderer;
    private final OutboundScheduler scheduler;
    private final Duration timeout;

    private static final class KeyState {
        final Set<Integer> delivered = ConcurrentHashMap.newKeySet();
        OutboundTicket running;
    }

    private final Cache<String, KeyState> keys = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(24))
            .build();

    TelegramOutbound(TelegramRenderer renderer, OutboundScheduler scheduler, Duration timeout) {
        this.renderer = renderer;
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public void send(ChatId chat, Reply reply, String key) {
        if (chat.channel() != Channel.TELEGRAM) {
            throw new IllegalArgumentException("not a Telegram chat: " + chat);
        }
        long chatId = Long.parseLong(chat.id());
        List<Rendered> messages = renderer.render(reply);
        KeyState state = key == null ? new KeyState() : keys.get(key, k -> new KeyState());
        OutboundTicket ticket;
        synchronized (state) {
            if (state.running != null && !state.running.all().isDone()) {
                ticket = state.running;
            } else {
                List<Rendered> missing = new ArrayList<>();
                List<Integer> indexes = new ArrayList<>();
                for (int i = 0; i < messages.size(); i++) {
                    if (!state.delivered.contains(i)) {
                        missing.add(messages.get(i));
                        indexes.add(i);
                    }
                }
                ticket = scheduler.send(chatId, missing, i -> state.delivered.add(indexes.get(i)));
                state.running = ticket;
            }
        }
        await(ticket, chat);
    }

    private void await(OutboundTicket ticket, ChatId chat) {
        try {
            ticket.all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundException("interrupted while sending to " + chat, e);
        } catch (TimeoutException e) {
            throw new OutboundException("still queued for " + chat + " after " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof OutboundException o ? o
                    : new OutboundException("not delivered to " + chat, e.getCause());
        }
    }
}

package io.groupbuy.line;

import io.groupbuy.conversation.Conversation;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Incoming;
import io.groupbuy.conversation.model.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A conversation that records what it was given and answers with a script (by default an echo in Thai). */
final class ScriptedConversation implements Conversation {
    private final List<Incoming> received = new ArrayList<>();
    private volatile Function<Incoming, Reply> script = ScriptedConversation::echo;

    static Reply echo(Incoming in) {
        if (in.content() instanceof Content.Text t) {
            return Reply.text("ได้รับข้อความ: " + t.text());
        }
        if (in.content() instanceof Content.ButtonPress p) {
            return Reply.text("กดปุ่ม: " + p.payload());
        }
        if (in.content() instanceof Content.Photo p) {
            return Reply.text("ได้รับรูป " + p.bytes().length + " ไบต์");
        }
        return Reply.NONE;
    }

    void answer(Function<Incoming, Reply> s) {
        this.script = s;
    }

    @Override
    public Reply handle(Incoming incoming) {
        synchronized (received) {
            received.add(incoming);
            received.notifyAll();
        }
        return script.apply(incoming);
    }

    List<Incoming> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until at least {@code n} events arrived. */
    List<Incoming> awaitReceived(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (received.size() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + n + " events, got " + received);
                }
                try {
                    received.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return List.copyOf(received);
        }
    }
}

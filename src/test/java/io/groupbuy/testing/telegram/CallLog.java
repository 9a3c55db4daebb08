package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What the bot did: every call, accepted sends (for achieved rates), 429s, webhook attempts. Under the state lock. */
final class CallLog {
  private record Send(long chatId, long nanos, Instant at) {}

  private final List<RecordedCall> calls = new ArrayList<>();
  private final List<Send> sends = new ArrayList<>();
  private final List<AnsweredCallbackQuery> answered = new ArrayList<>();
  private final List<WebhookAttempt> webhookAttempts = new ArrayList<>();
  private final Map<Long, Integer> tooManyByChat = new HashMap<>();
  private int tooMany;

  RecordedCall record(Instant at, String method, ObjectNode params, List<UploadedFile> files, int status,
      JsonNode response, Fault fault, String source) {
    RecordedCall call = new RecordedCall(calls.size() + 1, at, method, params, List.copyOf(files), status, response,
        fault, source);
    calls.add(call);
    if (status == 429) {
      tooMany++;
      Long chatId = call.chatId();
      if (chatId != null) {
        tooManyByChat.merge(chatId, 1, Integer::sum);
      }
    }
    return call;
  }

  List<RecordedCall> calls(Predicate<RecordedCall> filter) {
    return calls.stream().filter(filter).toList();
  }

  void clearCalls() {
    calls.clear();
  }

  void send(long chatId, long nanos, Instant at) {
    sends.add(new Send(chatId, nanos, at));
  }

  void answered(AnsweredCallbackQuery answer) {
    answered.add(answer);
  }

  List<AnsweredCallbackQuery> answered() {
    return List.copyOf(answered);
  }

  void webhookAttempt(WebhookAttempt attempt) {
    webhookAttempts.add(attempt);
  }

  List<WebhookAttempt> webhookAttempts() {
    return List.copyOf(webhookAttempts);
  }

  int tooManyRequests() {
    return tooMany;
  }

  int tooManyRequests(long chatId) {
    return tooManyByChat.getOrDefault(chatId, 0);
  }

  List<Instant> sendTimes(Long chatId) {
    return sends.stream().filter(s -> chatId == null || s.chatId == chatId).map(Send::at).toList();
  }

  /** Accepted sends per second between the first and the last one; 0 with fewer than two sends. */
  double achievedRate(Long chatId) {
    List<Long> nanos = nanos(chatId);
    if (nanos.size() < 2) {
      return 0;
    }
    long span = nanos.get(nanos.size() - 1) - nanos.get(0);
    return span <= 0 ? Double.POSITIVE_INFINITY : (nanos.size() - 1) * 1e9 / span;
  }

  /** The most accepted sends that fell into any window of this length. */
  int maxSendsWithin(Long chatId, Duration window) {
    List<Long> nanos = nanos(chatId);
    int best = 0;
    int start = 0;
    for (int end = 0; end < nanos.size(); end++) {
      while (nanos.get(end) - nanos.get(start) >= window.toNanos()) {
        start++;
      }
      best = Math.max(best, end - start + 1);
    }
    return best;
  }

  private List<Long> nanos(Long chatId) {
    return sends.stream().filter(s -> chatId == null || s.chatId == chatId).map(Send::nanos).toList();
  }
}

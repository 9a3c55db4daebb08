package io.groupbuy.testing.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Faults queued per method (case-insensitive; "*" for any method). Guarded by the state lock. */
final class FaultPlan {
  static final String ANY_METHOD = "*";

  private final Map<String, ArrayDeque<Fault>> queued = new HashMap<>();

  void add(String method, int times, Fault fault) {
    ArrayDeque<Fault> faults = queued.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      faults.addLast(fault);
    }
  }

  /** The fault for this call of the method, if one is queued; the method's own queue goes before "*". */
  Fault next(String method) {
    ArrayDeque<Fault> own = queued.get(method.toLowerCase(Locale.ROOT));
    if (own != null && !own.isEmpty()) {
      return own.removeFirst();
    }
    ArrayDeque<Fault> any = queued.get(ANY_METHOD);
    return any == null ? null : any.pollFirst();
  }

  void clear() {
    queued.clear();
  }
}

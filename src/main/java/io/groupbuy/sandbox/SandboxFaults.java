package io.groupbuy.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The active faults; each matching call uses one up, until its count runs out. */
final class SandboxFaults {
    private final List<SandboxFault> active = new ArrayList<>();
    private final List<Integer> remaining = new ArrayList<>();

    synchronized void add(SandboxFault fault) {
        active.add(fault);
        remaining.add(fault.count() <= 0 ? -1 : fault.count());
    }

    synchronized void clear() {
        active.clear();
        remaining.clear();
    }

    synchronized List<SandboxFault> list() {
        return List.copyOf(active);
    }

    /** The faults that hit this call, in the order they were added; their counts are used up. */
    synchronized List<SandboxFault> take(String path, String endpointName) {
        List<SandboxFault> hits = new ArrayList<>();
        Iterator<SandboxFault> faults = active.iterator();
        int i = 0;
        while (faults.hasNext()) {
            SandboxFault fault = faults.next();
            if (fault.matches(path, endpointName)) {
                hits.add(fault);
                int left = remaining.get(i);
                if (left > 0) {
                    left--;
                    if (left == 0) {
                        faults.remove();
                        remaining.remove(i);
                        continue;
                    }
                    remaining.set(i, left);
                }
            }
            i++;
        }
        return hits;
    }
}

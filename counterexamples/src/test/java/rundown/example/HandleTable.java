package rundown.example;

import java.util.Map;
import java.util.TreeMap;

/**
 * A toy driver handle table, the kind of Java simulation a team writes of its driver: handles are opened, get up
 * to two requests, are cleaned up (outstanding requests cancelled) and closed once nothing is outstanding. It
 * implements the actions of {@code models/bench/handles.rundown}. Mutable; not thread-safe.
 *
 * <p>Seeded bug (when built with {@code cleanupCancelsAll = false}): cleanup cancels only the first outstanding
 * request, so a second one is never cancelled and close can wait for it forever.
 */
public final class HandleTable {
  enum State { Idle, Open, Closing, Closed }

  enum Request { Unused, Pending, CancelRequested, Done }

  private final boolean cleanupCancelsAll;
  private final State[] state;
  private final Request[][] slots;
  private int inflight;

  public HandleTable(int handles, boolean cleanupCancelsAll) {
    this.cleanupCancelsAll = cleanupCancelsAll;
    this.state = new State[handles];
    this.slots = new Request[handles][2];
    for (int h = 0; h < handles; h++) {
      state[h] = State.Idle;
      slots[h][0] = Request.Unused;
      slots[h][1] = Request.Unused;
    }
  }

  public void open(int h) {
    state[h] = State.Open;
  }

  public void send(int h) {
    int free = slots[h][0] == Request.Unused ? 0 : 1;
    slots[h][free] = Request.Pending;
    inflight++;
  }

  public void cleanup(int h) {
    state[h] = State.Closing;
    for (int s = 0; s < 2; s++) {
      if (slots[h][s] == Request.Pending) {
        slots[h][s] = Request.CancelRequested;
        if (!cleanupCancelsAll) {
          return; // the bug: stops after the first outstanding request
        }
      }
    }
  }

  public void complete(int h, int slot) {
    slots[h][slot] = Request.Done;
    inflight--;
  }

  public void close(int h) {
    state[h] = State.Closed;
  }

  /** The implementation's state under the model's slot names ({@code Handle1.s2}, {@code inflight}). */
  public Map<String, Object> snapshot() {
    Map<String, Object> out = new TreeMap<>();
    for (int h = 0; h < state.length; h++) {
      out.put("Handle" + (h + 1) + ".state", state[h]);
      out.put("Handle" + (h + 1) + ".s1", slots[h][0]);
      out.put("Handle" + (h + 1) + ".s2", slots[h][1]);
    }
    out.put("inflight", inflight);
    return out;
  }
}

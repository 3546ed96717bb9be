package dev.rundown.explore;

import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Layout;
import dev.rundown.semantics.TransitionSink;
import dev.rundown.semantics.TransitionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled model seen as a {@link TransitionSystem}: one initial state, the interpreter's transitions in
 * its order, its invariant and terminal checks. Not thread-safe (wraps a single-threaded interpreter).
 */
final class IrSystem implements TransitionSystem, TransitionSink {
  private final Interpreter interpreter;
  private final Layout layout;
  private final int[] initial;
  private SuccessorSink out;

  IrSystem(Interpreter interpreter) {
    this.interpreter = interpreter;
    this.layout = interpreter.layout();
    this.initial = interpreter.initialState();
  }

  Interpreter interpreter() {
    return interpreter;
  }

  /**
   * The slots in the order to pack them: the slots of variables not indexed by a kind first, then per
   * instance of a kind the slots of the variables indexed first by it (its row), so that what one binding of
   * an action touches lies in few runs of bits.
   */
  int[] packingOrder() {
    List<Integer> order = new ArrayList<>();
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (int s = 0; s < layout.size(); s++) {
      StateVar var = layout.model().vars().get(layout.var(s));
      if (!var.index().isEmpty() && var.index().get(0) instanceof Type.KindType k) {
        rows.computeIfAbsent(k.kind() + "#" + layout.index(s)[0], r -> new ArrayList<>()).add(s);
      } else {
        order.add(s);
      }
    }
    rows.values().forEach(order::addAll);
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public int slotCount() {
    return layout.size();
  }

  @Override
  public int slotMin(int slot) {
    return layout.slotMin(slot);
  }

  @Override
  public int slotSize(int slot) {
    return layout.slotSize(slot);
  }

  @Override
  public int initialCount() {
    return 1;
  }

  @Override
  public void initial(int index, int[] state) {
    System.arraycopy(initial, 0, state, 0, initial.length);
  }

  @Override
  public void successors(int[] state, SuccessorSink sink) {
    out = sink;
    interpreter.successors(state, this);
    out = null;
  }

  @Override
  public void transition(TransitionView t) {
    out.successor(t.next(), t.written(), t.writtenCount(), t.violated(), t.violatedCount());
  }

  @Override
  public int propertyCount() {
    return interpreter.propertyCount();
  }

  @Override
  public int invariantViolations(int[] state, int[] violated) {
    return interpreter.invariantViolations(state, violated);
  }

  @Override
  public int terminalViolations(int[] state, int[] violated) {
    return interpreter.terminalViolations(state, violated);
  }
}

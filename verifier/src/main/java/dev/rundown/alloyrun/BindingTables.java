package dev.rundown.alloyrun;

import com.google.common.primitives.ImmutableIntArray;
import dev.rundown.alloy.Certificate;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each binding of each action does in the states shown to it, seen through the binding's footprint (or,
 * where that is not known, the slots of every variable the action mentions): the values those slots hold, and the
 * steps taken from each. A {@link Certificate} checks the Alloy model's steps against these tables, a few slots
 * wide, instead of against the whole state. That rests on the footprint's promise (the steps are a function of its
 * slots, and change no other), which the tables check as they fill: two states alike in a binding's slots must
 * take the same steps there, else an {@link IllegalStateException}. Mutable while states are shown; the tables
 * are values.
 */
final class BindingTables {
  private final Interpreter interpreter;
  /** Per binding: the action, then the encoded arguments. */
  private final List<int[]> keys = new ArrayList<>();
  /** Per action, the index of its first binding. */
  private final int[] first;
  private final List<int[]> footprints = new ArrayList<>();
  /** Per binding: per footprint value seen, the steps taken from it. */
  private final List<Map<ImmutableIntArray, Set<Certificate.Move>>> tables = new ArrayList<>();

  BindingTables(Interpreter interpreter) {
    this.interpreter = interpreter;
    this.first = new int[interpreter.actionCount()];
    for (int a = 0; a < interpreter.actionCount(); a++) {
      first[a] = keys.size();
      int[] args = new int[interpreter.paramCount(a)];
      for (int p = 0; p < args.length; p++) {
        args[p] = interpreter.paramMin(a, p);
      }
      do {
        int[] key = new int[args.length + 1];
        key[0] = a;
        System.arraycopy(args, 0, key, 1, args.length);
        int[] f = interpreter.footprint(a, args);
        keys.add(key);
        footprints.add(f != null ? f : interpreter.variableSlots(a));
        tables.add(new HashMap<>());
      } while (next(a, args));
    }
  }

  /** Advances {@code args} to the next binding of action {@code a}, the last argument fastest; false past the end. */
  private boolean next(int a, int[] args) {
    for (int p = args.length - 1; p >= 0; p--) {
      if (args[p] < interpreter.paramMin(a, p) + interpreter.paramSize(a, p) - 1) {
        args[p]++;
        return true;
      }
      args[p] = interpreter.paramMin(a, p);
    }
    return false;
  }

  /** The index of the binding of action {@code a} with arguments {@code args}: the last varies fastest. */
  private int binding(int a, ImmutableIntArray args) {
    int k = 0;
    for (int p = 0; p < args.length(); p++) {
      k = k * interpreter.paramSize(a, p) + args.get(p) - interpreter.paramMin(a, p);
    }
    return first[a] + k;
  }

  /** Records {@code state} and its transitions {@code out}. */
  void show(int[] state, List<Transition> out) {
    Map<Integer, Set<Certificate.Move>> taken = new HashMap<>();
    for (Transition t : out) {
      int k = binding(t.action(), t.args());
      int[] f = footprints.get(k);
      taken.computeIfAbsent(k, x -> new HashSet<>()).add(new Certificate.Move(project(state, f), t.violated(),
          project(t.next().map(ImmutableIntArray::toArray).orElse(state), f)));
    }
    for (int k = 0; k < keys.size(); k++) {
      Set<Certificate.Move> moves = taken.getOrDefault(k, Set.of());
      Set<Certificate.Move> known = tables.get(k).putIfAbsent(project(state, footprints.get(k)), moves);
      if (known != null && !known.equals(moves)) {
        throw new IllegalStateException("binding " + Arrays.toString(keys.get(k)) + " steps differently from states"
            + " alike in its footprint " + Arrays.toString(footprints.get(k)));
      }
    }
  }

  /** The tables, one per binding in action order, the last argument varying fastest. */
  List<Certificate.Binding> bindings() {
    List<Certificate.Binding> bindings = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      int[] key = keys.get(k);
      List<Certificate.Move> moves = new ArrayList<>();
      tables.get(k).values().forEach(moves::addAll);
      bindings.add(new Certificate.Binding(key[0], ImmutableIntArray.copyOf(Arrays.copyOfRange(key, 1, key.length)),
          ImmutableIntArray.copyOf(footprints.get(k)), tables.get(k).keySet().stream().toList(), moves));
    }
    return bindings;
  }

  /** The values of {@code slots} in {@code state}. */
  static ImmutableIntArray project(int[] state, int[] slots) {
    int[] values = new int[slots.length];
    for (int i = 0; i < slots.length; i++) {
      values[i] = state[slots[i]];
    }
    return ImmutableIntArray.copyOf(values);
  }
}

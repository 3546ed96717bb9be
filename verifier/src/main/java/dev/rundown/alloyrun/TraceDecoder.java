package dev.rundown.alloyrun;

import dev.rundown.alloy.AlloyModel;
import dev.rundown.ir.Action;
import dev.rundown.ir.Model;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Layout;
import dev.rundown.semantics.TraceValidation;
import dev.rundown.semantics.TraceValidator;
import dev.rundown.semantics.Traces;
import dev.rundown.semantics.Transition;
import dev.rundown.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an Alloy counterexample back into a rundown {@link Trace}: the order of the states from
 * {@code util/ordering}, the states from the variables' relations, each step's action and arguments from the
 * fields of its first state, and the step's choices from the interpreter (the one
 * transition with that call, that next state and those broken asserts). The trace is then replayed by
 * {@link TraceValidator}. Any mismatch means the translation and the interpreter disagree: an
 * {@link IllegalStateException}, never a finding. Stateless.
 */
final class TraceDecoder {
  private TraceDecoder() {}

  /**
   * The expressions to evaluate, in the order {@link #rows} reads them: the state order ({@code first} and
   * {@code next}), then relations whose last column is the state: each variable, each step field, each probe.
   */
  static List<String> expressions(AlloyModel alloy, List<Integer> properties) {
    List<String> out = new ArrayList<>(List.of("ordering/first", "ordering/next"));
    alloy.vars().forEach(v -> out.add(v.relation()));
    out.add("~action");
    for (int i = 1; i <= alloy.argFields(); i++) {
      out.add("~arg" + i);
    }
    out.add("~failed");
    if (alloy.hasSteps()) {
      out.add("~step");
    }
    for (int p : properties) {
      alloy.probes(p).forEach(probe -> out.add("{pre: State | " + probe.formula() + "}"));
    }
    return out;
  }

  /**
   * The answer per state, in trace order: for each expression after the state order, its tuples in that state
   * without the state column (a formula that holds there: one empty tuple).
   */
  private static List<List<List<List<String>>>> rows(AlloyApi.Answer answer) {
    List<List<List<String>>> values = answer.values();
    Map<String, Integer> position = new HashMap<>();
    String state = values.get(0).get(0).get(0);
    Map<String, String> next = new HashMap<>();
    values.get(1).forEach(t -> next.put(t.get(0), t.get(1)));
    for (; state != null; state = next.get(state)) {
      position.put(state, position.size());
    }
    List<List<List<List<String>>>> rows = new ArrayList<>();
    for (int i = 0; i < position.size(); i++) {
      List<List<List<String>>> row = new ArrayList<>();
      for (int e = 2; e < values.size(); e++) {
        row.add(new ArrayList<>());
      }
      rows.add(row);
    }
    for (int e = 2; e < values.size(); e++) {
      for (List<String> t : values.get(e)) {
        rows.get(position.get(t.get(t.size() - 1))).get(e - 2).add(t.subList(0, t.size() - 1));
      }
    }
    return rows;
  }

  /** The number of steps after which {@code property} first fails in the answer, or -1 if it does not. */
  static int violationLength(AlloyModel alloy, AlloyApi.Answer answer, List<Integer> properties, int property) {
    int column = alloy.vars().size() + alloy.argFields() + 2 + (alloy.hasSteps() ? 1 : 0);
    for (int p : properties) {
      if (p == property) {
        break;
      }
      column += alloy.probes(p).size();
    }
    int best = -1;
    List<AlloyModel.Probe> probes = alloy.probes(property);
    List<List<List<List<String>>>> rows = rows(answer);
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < probes.size(); k++) {
        if (!rows.get(i).get(column + k).isEmpty()) {
          int length = i + probes.get(k).offset();
          if (best < 0 || length < best) {
            best = length;
          }
        }
      }
    }
    return best;
  }

  /** The trace of {@code length} steps in the answer, as a validated counterexample to {@code property}. */
  static Trace decode(AlloyModel alloy, Interpreter interpreter, AlloyApi.Answer answer, int property, int length) {
    Model model = interpreter.model();
    List<List<List<List<String>>>> rows = rows(answer);
    int[] state = state(alloy, interpreter.layout(), rows.get(0));
    if (!Arrays.equals(state, interpreter.initialState())) {
      throw mismatch(0, "the initial state differs from the interpreter's");
    }
    int[] initial = state;
    List<Transition> path = new ArrayList<>();
    int base = alloy.vars().size();
    for (int step = 1; step <= length; step++) {
      List<List<List<String>>> row = rows.get(step - 1);
      List<List<String>> stepAtom = alloy.hasSteps() ? row.get(base + 2 + alloy.argFields()) : List.of();
      int action = alloy.action(single(row.get(base), step), stepAtom.isEmpty() ? null : single(stepAtom, step));
      if (action < 0) {
        throw mismatch(step, "the step is a stutter");
      }
      Action a = model.actions().get(action);
      int[] args = new int[a.params().size()];
      for (int p = 0; p < args.length; p++) {
        args[p] = alloy.decode(a.params().get(p).type(), single(row.get(base + 1 + p), step));
      }
      TreeSet<Integer> failed = new TreeSet<>();
      for (List<String> t : row.get(base + 1 + alloy.argFields())) {
        failed.add(alloy.failure(t.get(0)));
      }
      boolean illDefined = failed.contains(interpreter.wellDefinedProperty());
      int[] next = step < rows.size() ? state(alloy, interpreter.layout(), rows.get(step)) : state;
      Transition taken = null;
      for (Transition t : interpreter.transitions(state)) {
        if (t.action() == action && Arrays.equals(t.args().toArray(), args)
            && t.next().isEmpty() == illDefined
            && (illDefined || Arrays.equals(t.next().get().toArray(), next))
            && new TreeSet<>(t.violated().asList()).equals(failed)) {
          taken = t;
          break;
        }
      }
      if (taken == null) {
        throw mismatch(step, interpreter.call(action, args) + " has no transition to the state Alloy gives"
            + (illDefined ? " (ill-defined)" : "") + " breaking " + failed);
      }
      path.add(taken);
      if (!illDefined) {
        state = next;
      }
    }
    Trace trace = Traces.build(interpreter, model.properties().get(property).name(), initial, path);
    TraceValidation validation = TraceValidator.validate(interpreter, trace);
    if (!validation.valid()) {
      throw mismatch(validation.step(), validation.problem());
    }
    return trace;
  }

  private static String single(List<List<String>> tuples, int step) {
    if (tuples.size() != 1) {
      throw mismatch(step, "expected one atom, Alloy gives " + tuples);
    }
    return tuples.get(0).get(tuples.get(0).size() - 1);
  }

  /** The interpreter's state that the relations of one Alloy state describe. */
  private static int[] state(AlloyModel alloy, Layout layout, List<List<List<String>>> row) {
    int[] state = new int[layout.size()];
    Arrays.fill(state, Integer.MIN_VALUE);
    Model model = layout.model();
    for (int v = 0; v < alloy.vars().size(); v++) {
      StateVar var = model.vars().get(v);
      AlloyModel.VarRelation rel = alloy.vars().get(v);
      int skip = rel.hosted() ? 0 : 1;
      if (rel.flag()) {
        for (int slot = 0; slot < state.length; slot++) {
          if (layout.var(slot) == v) {
            state[slot] = 0;
          }
        }
      }
      for (List<String> tuple : row.get(v)) {
        int[] index = new int[var.index().size()];
        for (int j = 0; j < index.length; j++) {
          index[j] = alloy.decode(var.index().get(j), tuple.get(skip + j));
        }
        int slot = layout.slot(v, index);
        if (slot >= 0) {
          state[slot] = rel.flag() ? 1 : alloy.decode(var.type(), tuple.get(tuple.size() - 1));
        }
      }
    }
    for (int s = 0; s < state.length; s++) {
      if (state[s] == Integer.MIN_VALUE) {
        Type t = model.vars().get(layout.var(s)).type();
        if (!(t instanceof Type.KindType k && k.optional())) {
          throw mismatch(-1, "no value for " + layout.slotName(s));
        }
        state[s] = -1;
      }
    }
    return state;
  }

  private static IllegalStateException mismatch(int step, String problem) {
    return new IllegalStateException(
        "the Alloy counterexample does not replay on the interpreter" + (step >= 0 ? " at step " + step : "")
            + ": " + problem);
  }
}

package dev.rundown.semantics;

import com.google.common.primitives.ImmutableIntArray;
import dev.rundown.ir.Action;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.ir.Param;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.trace.ActionCall;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The IR interpreter: a model compiled once for given bounds into nodes over {@code int[]} states; the one
 * definition of initial state, transitions and state properties, used by the explorer and trace validation.
 * Not thread-safe (it reuses its buffers); compile one per thread.
 *
 * <p>Transitions come in a fixed order: actions in model order; for each, the bindings of its parameters in
 * lexicographic order of their encoded values (the last parameter varies fastest); for each binding, the
 * runs of its forks in branch or domain order. A binding whose guard holds runs the body on a copy of the
 * state; a guard that reads through an invalid index gives one ill-defined transition.
 */
public final class Interpreter {
  private final Layout layout;
  private final CompiledAction[] actions;
  private final int[] invariants;
  private final int[] terminals;
  private final ExprNode[] formulas;
  private final int wellDefined;
  private final int[] initial;
  private final Machine step;
  private final Machine check;
  private int[] work;

  private static final class CompiledAction {
    final int[] slots;
    final int[] min;
    final int[] size;
    final int[] args;
    final ExprNode guard;
    final StmtNode body;

    CompiledAction(int[] slots, int[] min, int[] size, ExprNode guard, StmtNode body) {
      this.slots = slots;
      this.min = min;
      this.size = size;
      this.args = new int[slots.length];
      this.guard = guard;
      this.body = body;
    }
  }

  private Interpreter(Model model, Bounds bounds) {
    this.layout = new Layout(model, bounds);
    Compiler compiler = new Compiler(layout);
    this.wellDefined = findWellDefined(model);
    int env = 1;
    actions = new CompiledAction[model.actions().size()];
    StmtNode emit = new StmtNode.Emit();
    for (int a = 0; a < actions.length; a++) {
      Action action = model.actions().get(a);
      List<Param> params = action.params();
      int[] slots = new int[params.size()];
      int[] min = new int[params.size()];
      int[] size = new int[params.size()];
      for (int p = 0; p < slots.length; p++) {
        slots[p] = params.get(p).slot();
        min[p] = params.get(p).type().min();
        size[p] = compiler.size(params.get(p).type());
      }
      ExprNode guard = action.guard() == null ? new ExprNode.Const(1) : compiler.expr(action.guard());
      actions[a] = new CompiledAction(slots, min, size, guard, compiler.block(action.body(), emit));
      env = Math.max(env, action.slots());
    }
    List<Integer> inv = new ArrayList<>();
    List<Integer> term = new ArrayList<>();
    formulas = new ExprNode[model.properties().size()];
    for (int p = 0; p < formulas.length; p++) {
      Property property = model.properties().get(p);
      if (property.formula() != null) {
        formulas[p] = compiler.expr(property.formula());
        env = Math.max(env, property.slots());
      }
      if (property.kind() == PropertyKind.INVARIANT) {
        inv.add(p);
      } else if (property.kind() == PropertyKind.AT_END || property.kind() == PropertyKind.HANG) {
        term.add(p);
      }
    }
    invariants = inv.stream().mapToInt(Integer::intValue).toArray();
    terminals = term.stream().mapToInt(Integer::intValue).toArray();
    step = new Machine(env, wellDefined);
    check = new Machine(env, wellDefined);
    initial = new int[layout.size()];
    for (int v = 0; v < model.vars().size(); v++) {
      StateVar var = model.vars().get(v);
      int value = var.init() == null ? var.type().min() : compiler.expr(var.init()).eval(check);
      for (int s = layout.base(v); s < layout.base(v) + layout.slotCount(v); s++) {
        initial[s] = value;
      }
    }
    work = new int[layout.size()];
  }

  /** Compiles {@code model} for {@code bounds}; the model must contain a WELL_DEFINED property. */
  public static Interpreter compile(Model model, Bounds bounds) {
    return new Interpreter(model, bounds);
  }

  private static int findWellDefined(Model model) {
    for (int p = 0; p < model.properties().size(); p++) {
      if (model.properties().get(p).kind() == PropertyKind.WELL_DEFINED) {
        return p;
      }
    }
    throw new IllegalArgumentException("model " + model.name() + " has no WELL_DEFINED property");
  }

  public Layout layout() {
    return layout;
  }

  public Model model() {
    return layout.model();
  }

  /** Index of the built-in WellDefined property. */
  public int wellDefinedProperty() {
    return wellDefined;
  }

  /** A fresh copy of the initial state. */
  public int[] initialState() {
    return initial.clone();
  }

  /** Calls {@code sink} once per transition of {@code state}, in the order described above. */
  public void successors(int[] state, TransitionSink sink) {
    Machine m = step;
    m.sink = sink;
    if (work.length != state.length) {
      work = new int[state.length];
    }
    for (int a = 0; a < actions.length; a++) {
      CompiledAction action = actions[a];
      m.action = a;
      m.args = action.args;
      int n = action.slots.length;
      for (int p = 0; p < n; p++) {
        action.args[p] = action.min[p];
        m.env[action.slots[p]] = action.min[p];
      }
      while (true) {
        runBinding(m, action, state);
        int p = n - 1;
        while (p >= 0 && action.args[p] == action.min[p] + action.size[p] - 1) {
          action.args[p] = action.min[p];
          m.env[action.slots[p]] = action.min[p];
          p--;
        }
        if (p < 0) {
          break;
        }
        action.args[p]++;
        m.env[action.slots[p]] = action.args[p];
      }
    }
    m.sink = null;
  }

  private void runBinding(Machine m, CompiledAction action, int[] state) {
    m.s = state;
    m.resetPath();
    int g = action.guard.eval(m);
    if (m.bad) {
      m.emitIllDefined();
      return;
    }
    if (g == 0) {
      return;
    }
    System.arraycopy(state, 0, work, 0, state.length);
    m.s = work;
    StmtNode.drive(action.body, m);
  }

  /** The transitions of {@code state} as values (allocates; for replay and tests, not for exploration). */
  public List<Transition> transitions(int[] state) {
    List<Transition> out = new ArrayList<>();
    successors(
        state,
        (action, args, choices, choiceCount, violated, violatedCount, next) ->
            out.add(
                new Transition(
                    action,
                    ImmutableIntArray.copyOf(args),
                    ImmutableIntArray.copyOf(Arrays.copyOf(choices, choiceCount)),
                    ImmutableIntArray.copyOf(Arrays.copyOf(violated, violatedCount)),
                    next == null ? Optional.empty() : Optional.of(ImmutableIntArray.copyOf(next)))));
    return out;
  }

  /**
   * Writes into {@code out} the invariants that {@code state} violates, and WellDefined if one of them reads
   * through an invalid index; returns how many. {@code out} needs room for every property.
   */
  public int invariantViolations(int[] state, int[] out) {
    return evaluate(invariants, state, out);
  }

  /** As {@link #invariantViolations}, for the AT_END and HANG properties of a state with no transition. */
  public int terminalViolations(int[] state, int[] out) {
    return evaluate(terminals, state, out);
  }

  private int evaluate(int[] properties, int[] state, int[] out) {
    Machine m = check;
    m.s = state;
    int count = 0;
    boolean illDefined = false;
    for (int p : properties) {
      m.bad = false;
      int holds = formulas[p].eval(m);
      if (m.bad) {
        illDefined = true;
      } else if (holds == 0) {
        out[count++] = p;
      }
    }
    if (illDefined) {
      out[count++] = wellDefined;
    }
    return count;
  }

  public int propertyCount() {
    return formulas.length;
  }

  public int paramCount(int action) {
    return actions[action].slots.length;
  }

  /** The action call of {@code action} with encoded {@code args}, for traces. */
  public ActionCall call(int action, int[] args) {
    Action a = model().actions().get(action);
    List<Value> values = new ArrayList<>(args.length);
    for (int p = 0; p < args.length; p++) {
      values.add(Values.decode(a.params().get(p).type(), args[p]));
    }
    return new ActionCall(a.actor(), a.name(), values);
  }
}

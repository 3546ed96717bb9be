package dev.rundown.semantics;

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
import java.util.stream.IntStream;

/**
 * The IR interpreter: a model compiled once for given bounds into nodes over {@code int[]} states; the one
 * definition of initial state, transitions and state properties, used by the explorer and trace validation.
 * Not thread-safe (it reuses its buffers); compile one per thread.
 *
 * <p>Transitions come in a fixed order: actions in model order; for each, the bindings of its parameters in
 * lexicographic order of their encoded values (the last parameter varies fastest); for each binding, the
 * runs of its forks in branch or domain order. A binding whose guard holds runs the body in place on the
 * state with an undo log; a guard that reads through an invalid index gives one ill-defined transition (no
 * next state, WellDefined violated), and so does a step that assigns out of range or through an invalid index.
 * Arithmetic is Java int arithmetic (it wraps beyond +-2^31, far outside any declared range). A state formula
 * that reads through an invalid index violates WellDefined in that state instead of its own property.
 */
public final class Interpreter {
  private final Layout layout;
  private final CompiledAction[] actions;
  private final int[] invariants;
  private final int[] terminals;
  private final ExprNode[] formulas;
  /** Per property {@code all x: T | body} whose body has a footprint: the body alone; else null. */
  private final Instances[] instances;
  private final int wellDefined;
  private final int[] initial;
  private final Machine step;
  private final Machine check;

  private static final class CompiledAction {
    final int[] slots;
    final int[] min;
    final int[] size;
    final int[] args;
    final ExprNode guard;
    final StmtNode body;
    /** Rejects most disabled bindings before the guard is evaluated; null when the guard has no atoms. */
    final GuardFilter filter;
    /** The slots a binding touches, or null when they are not fixed by the arguments. */
    final Footprint footprint;

    CompiledAction(int[] slots, int[] min, int[] size, ExprNode guard, StmtNode body, GuardFilter filter,
        Footprint footprint) {
      this.footprint = footprint;
      this.slots = slots;
      this.min = min;
      this.size = size;
      this.args = new int[slots.length];
      this.guard = guard;
      this.body = body;
      this.filter = filter;
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
      GuardFilter filter = action.guard() == null ? null : GuardFilter.of(action.guard(), slots, layout);
      actions[a] = new CompiledAction(slots, min, size, guard, compiler.block(action.body(), emit), filter,
          Footprint.of(action));
      env = Math.max(env, action.slots());
    }
    List<Integer> inv = new ArrayList<>();
    List<Integer> term = new ArrayList<>();
    formulas = new ExprNode[model.properties().size()];
    instances = new Instances[formulas.length];
    for (int p = 0; p < formulas.length; p++) {
      Property property = model.properties().get(p);
      if (property.formula() != null) {
        formulas[p] = compiler.expr(property.formula());
        instances[p] = Instances.of(property.formula(), compiler);
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

  /**
   * Calls {@code sink} once per transition of {@code state}, in the order described above. Steps run in
   * place: during a call the sink's next state is {@code state} itself, modified, and every change is undone
   * before the next transition; {@code state} is as given when this returns.
   */
  public void successors(int[] state, TransitionSink sink) {
    for (int a = 0; a < actions.length; a++) {
      actionSuccessors(a, state, sink);
    }
  }

  /** As {@link #successors}, for the transitions of action {@code a} only (all its bindings, in order). */
  public void actionSuccessors(int a, int[] state, TransitionSink sink) {
    Machine m = step;
    m.sink = sink;
    m.s = state;
    CompiledAction action = actions[a];
    m.action = a;
    m.args = action.args;
    int n = action.slots.length;
    if (n == 1) {
      int slot = action.slots[0];
      int end = action.min[0] + action.size[0];
      for (int v = action.min[0]; v < end; v++) {
        action.args[0] = v;
        m.env[slot] = v;
        runBinding(m, action, state);
      }
    } else {
      successorsOdometer(m, action, state);
    }
    m.sink = null;
  }

  /**
   * As {@link #successors}, for the transitions of one binding: action {@code a} with encoded arguments
   * {@code args}, each within its parameter's domain.
   */
  public void bindingSuccessors(int a, int[] args, int[] state, TransitionSink sink) {
    Machine m = step;
    m.sink = sink;
    m.s = state;
    CompiledAction action = actions[a];
    m.action = a;
    m.args = action.args;
    for (int p = 0; p < args.length; p++) {
      action.args[p] = args[p];
      m.env[action.slots[p]] = args[p];
    }
    runBinding(m, action, state);
    m.sink = null;
  }

  public int actionCount() {
    return actions.length;
  }

  /** Smallest encoded value of parameter {@code p} of action {@code a}. */
  public int paramMin(int a, int p) {
    return actions[a].min[p];
  }

  /** Number of values of parameter {@code p} of action {@code a}. */
  public int paramSize(int a, int p) {
    return actions[a].size[p];
  }

  /**
   * The sorted distinct slots that binding {@code args} of action {@code a} may read or write, when the
   * binding's transitions (their order, choices, violations and written values) are a function of those
   * slots' values alone; null when that is not known.
   */
  public int[] footprint(int a, int[] args) {
    Footprint f = actions[a].footprint;
    return f == null ? null : f.slots(layout, args);
  }

  /**
   * The sorted slots of every variable action {@code a} mentions: the transitions of each binding are a function
   * of these slots' values and write no other slot, whether or not a {@link #footprint} is known.
   */
  public int[] variableSlots(int a) {
    return slotsOf(Footprint.variables(model().actions().get(a)));
  }

  /** The sorted slots of every variable property {@code p}'s formula reads (none when it has no formula). */
  public int[] formulaSlots(int p) {
    Property property = model().properties().get(p);
    return property.formula() == null ? new int[0] : slotsOf(Footprint.variables(property.formula()));
  }

  private int[] slotsOf(int[] vars) {
    return Arrays.stream(vars).flatMap(v -> IntStream.range(layout.base(v), layout.base(v) + layout.slotCount(v)))
        .toArray();
  }

  /** The bindings of an action with any number of parameters, the last one varying fastest. */
  private void successorsOdometer(Machine m, CompiledAction action, int[] state) {
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
        return;
      }
      action.args[p]++;
      m.env[action.slots[p]] = action.args[p];
    }
  }

  private void runBinding(Machine m, CompiledAction action, int[] state) {
    int known = action.filter == null ? GuardFilter.UNKNOWN : action.filter.test(state, action.args);
    if (known == GuardFilter.FALSE) {
      return;
    }
    m.bad = false;
    int g = known == GuardFilter.TRUE ? 1 : action.guard.eval(m);
    if (m.bad) {
      m.resetPath();
      m.emitIllDefined();
      return;
    }
    if (g == 0) {
      return;
    }
    m.resetPath();
    StmtNode.drive(action.body, m);
    m.undoTo(0);
  }

  /** The transitions of {@code state} as values (allocates; for replay and tests, not for exploration). */
  public List<Transition> transitions(int[] state) {
    List<Transition> out = new ArrayList<>();
    successors(state, t -> out.add(Transition.of(t)));
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
    int count = 0;
    boolean illDefined = false;
    for (int p : properties) {
      int holds = holds(p, state);
      if (holds < 0) {
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

  /** The invariants, in the order {@link #invariantViolations} reports them. */
  public int[] invariants() {
    return invariants.clone();
  }

  /** Property {@code p}'s formula in {@code state}: 1 when it holds, 0 when not, -1 when it is ill-defined. */
  public int holds(int p, int[] state) {
    Machine m = check;
    m.s = state;
    m.bad = false;
    int holds = formulas[p].eval(m);
    return m.bad ? -1 : holds != 0 ? 1 : 0;
  }

  /**
   * For a property {@code all x: T | body} whose body's footprint is known (every state access indexed by
   * {@code x} and constants): the number of values of {@code x}; 0 otherwise. The property then holds in a
   * state exactly when the body holds for each of them, and is never ill-defined.
   */
  public int instanceCount(int p) {
    return instances[p] == null ? 0 : instances[p].count();
  }

  /** The sorted distinct slots the body of property {@code p} reads for the {@code i}-th value of its variable. */
  public int[] instanceFootprint(int p, int i) {
    return instances[p].footprint(layout, i);
  }

  /** Whether the body of property {@code p} holds in {@code state} for the {@code i}-th value of its variable. */
  public boolean instanceHolds(int p, int i, int[] state) {
    return instances[p].holds(check, i, state);
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

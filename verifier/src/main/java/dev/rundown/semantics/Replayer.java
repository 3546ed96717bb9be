package dev.rundown.semantics;

import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Model;
import dev.rundown.ir.Origin;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one definition of replaying a sequence of named steps on the interpreter, used by trace validation and
 * by the {@code replay} runtime: a cursor that starts in the initial state (step 0) and advances one requested
 * call at a time. A request names an action and its arguments in display form ({@code Stream1}, {@code 3},
 * {@code true}, {@code none}, {@code Freed}) and optionally the either/choose choices of the run; it is taken
 * when that binding is enabled, else rejected with a {@link DivergenceReason}, a detail and the enabled calls.
 * Without choices a step takes the binding's first run in interpreter order (for an {@code either}, the first
 * branch that can run; for a {@code choose}, the smallest value). At each position the properties are checked
 * as the explorer checks them: the last step's asserts and WellDefined, the state's invariants, and AT_END and
 * HANG when the state has no transition. An ill-defined step leaves no state to go on from ({@link #stuck()}).
 * Mutable and not thread-safe (it owns its interpreter's buffers while in use).
 */
public final class Replayer {
  private final Interpreter interpreter;
  private int[] state;
  private int step;
  private Transition last;

  private Replayer(Interpreter interpreter) {
    this.interpreter = interpreter;
    this.state = interpreter.initialState();
  }

  /** A cursor at the initial state of {@code interpreter}'s model. */
  public static Replayer start(Interpreter interpreter) {
    return new Replayer(interpreter);
  }

  public Interpreter interpreter() {
    return interpreter;
  }

  /** Number of steps taken so far (0 in the initial state). */
  public int step() {
    return step;
  }

  /** The current state as display values, in layout order (the state before an ill-defined last step). */
  public ImmutableMap<String, Value> values() {
    return interpreter.layout().toValues(state);
  }

  /** True when the last step taken was ill-defined: there is no state after it. */
  public boolean stuck() {
    return last != null && last.next().isEmpty();
  }

  /** True when the current state has no transition (and the cursor is not stuck). */
  public boolean terminal() {
    return !stuck() && interpreter.transitions(state).isEmpty();
  }

  /**
   * Tries the step {@code action(args)} from the current state; when it is taken, the cursor moves to the state
   * after it. A stuck cursor cannot advance ({@link IllegalStateException}).
   */
  public StepOutcome advance(String action, List<String> args, Optional<List<Integer>> choices) {
    if (stuck()) {
      throw new IllegalStateException("step " + step + " was ill-defined; there is no state to go on from");
    }
    Model model = interpreter.model();
    int a = actionIndex(model, action);
    if (a < 0) {
      return reject(DivergenceReason.UNKNOWN_ACTION, "the model has no action " + action, List.of());
    }
    Action def = model.actions().get(a);
    if (args.size() != def.params().size()) {
      return reject(DivergenceReason.BAD_ARGUMENTS,
          action + " takes " + def.params().size() + " argument(s), not " + args.size(), List.of());
    }
    int[] encoded = new int[args.size()];
    for (int p = 0; p < encoded.length; p++) {
      List<String> domain = domain(a, p);
      int i = domain.indexOf(args.get(p));
      if (i < 0) {
        return reject(DivergenceReason.BAD_ARGUMENTS, "parameter " + def.params().get(p).name() + " of " + action
            + " cannot be " + args.get(p) + "; its values are " + String.join(", ", domain), List.of());
      }
      encoded[p] = interpreter.paramMin(a, p) + i;
    }
    List<Transition> runs = new ArrayList<>();
    interpreter.bindingSuccessors(a, encoded, state, t -> runs.add(Transition.of(t)));
    if (runs.isEmpty()) {
      String pc = pcElsewhere(def, encoded);
      return pc != null
          ? reject(DivergenceReason.PC_ELSEWHERE, pc, List.of())
          : reject(DivergenceReason.GUARD_FALSE, "the guard of " + action + " is false", List.of());
    }
    Transition taken = choices.isEmpty() ? runs.get(0) : null;
    for (Transition t : runs) {
      if (taken == null && t.choices().asList().equals(choices.get())) {
        taken = t;
      }
    }
    if (taken == null) {
      List<List<Integer>> possible = new ArrayList<>();
      runs.forEach(t -> possible.add(t.choices().asList()));
      return reject(DivergenceReason.NO_SUCH_CHOICES,
          action + " cannot make choices " + choices.get() + "; it can make " + possible, possible);
    }
    last = taken;
    step++;
    if (taken.next().isPresent()) {
      state = taken.next().get().toArray();
    }
    return new StepOutcome.Taken(taken);
  }

  /**
   * The properties that fail at the current position, by ascending index: those the last step violated
   * (asserts, WellDefined) and, unless stuck, the current state's invariants (WellDefined when one reads through
   * an invalid index) and, when the state has no transition, its AT_END and HANG properties.
   */
  public List<Integer> violations() {
    Set<Integer> failed = new TreeSet<>();
    if (last != null) {
      last.violated().forEach(failed::add);
    }
    if (!stuck()) {
      int[] out = new int[interpreter.propertyCount() + 1];
      int n = interpreter.invariantViolations(state, out);
      for (int i = 0; i < n; i++) {
        failed.add(out[i]);
      }
      if (terminal()) {
        n = interpreter.terminalViolations(state, out);
        for (int i = 0; i < n; i++) {
          failed.add(out[i]);
        }
      }
    }
    return List.copyOf(failed);
  }

  /** The distinct calls enabled in the current state, in interpreter order (none when stuck). */
  public List<String> enabled() {
    if (stuck()) {
      return List.of();
    }
    Set<String> calls = new LinkedHashSet<>();
    interpreter.transitions(state).forEach(t -> calls.add(interpreter.call(t.action(), t.args().toArray()).toString()));
    return List.copyOf(calls);
  }

  private StepOutcome reject(DivergenceReason reason, String detail, List<List<Integer>> choices) {
    return new StepOutcome.Rejected(reason, detail, enabled(), choices);
  }

  private static int actionIndex(Model model, String name) {
    for (int a = 0; a < model.actions().size(); a++) {
      if (model.actions().get(a).name().equals(name)) {
        return a;
      }
    }
    return -1;
  }

  /** The display forms of parameter {@code p}'s values, in encoding order. */
  private List<String> domain(int a, int p) {
    Type type = interpreter.model().actions().get(a).params().get(p).type();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < interpreter.paramSize(a, p); i++) {
      values.add(Values.decode(type, interpreter.paramMin(a, p) + i).toString());
    }
    return values;
  }

  /**
   * For a routine or callback step whose guard requires its instance's program counter at a label it is not
   * at: a sentence saying where it is; otherwise null.
   */
  private String pcElsewhere(Action def, int[] args) {
    if (def.origin() == null || def.origin().kind() == Origin.OriginKind.ACTION) {
      return null;
    }
    for (Expr conjunct : conjuncts(def.guard(), new ArrayList<>())) {
      if (conjunct instanceof Expr.Binary b && b.op() == Expr.BinaryOp.EQ
          && b.left() instanceof Expr.Read r && b.right() instanceof Expr.Const c) {
        StateVar var = interpreter.model().vars().get(r.var());
        int slot = var.role() == VarRole.PC ? slotAtParams(def, r, args) : -1;
        if (slot >= 0 && state[slot] != c.value()) {
          Type.EnumType labels = (Type.EnumType) var.type();
          String instance = interpreter.layout().slotName(slot);
          return instance + " is " + labels.values().get(state[slot]) + ", but " + def.name() + " runs at "
              + labels.values().get(c.value());
        }
      }
    }
    return null;
  }

  /** The slot {@code read} names when its index is exactly the action's parameters in order, else -1. */
  private int slotAtParams(Action def, Expr.Read read, int[] args) {
    if (read.index().size() != args.length) {
      return -1;
    }
    for (int i = 0; i < args.length; i++) {
      if (!(read.index().get(i) instanceof Expr.Bound bound) || bound.slot() != def.params().get(i).slot()) {
        return -1;
      }
    }
    return interpreter.layout().slot(read.var(), args);
  }

  private static List<Expr> conjuncts(Expr e, List<Expr> out) {
    if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.AND) {
      conjuncts(b.left(), out);
      conjuncts(b.right(), out);
    } else if (e != null) {
      out.add(e);
    }
    return out;
  }
}

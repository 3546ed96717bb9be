package dev.rundown.alloy;

import com.google.common.primitives.ImmutableIntArray;
import dev.rundown.ir.Action;
import dev.rundown.ir.Model;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * An Alloy check that the Alloy model and the interpreter agree in every reachable state, whatever the depth, so
 * that the interpreter's verdicts and shortest counterexamples are the Alloy model's too. The interpreter's claims
 * are tables over footprints, a few slots each: per action binding, the values its slots hold in the reachable
 * states and the steps it takes from them; per property failing in a state, the values its slots hold in the
 * reachable states where it is claimed not to fail. The check is over two states ({@code first} steps to
 * {@code last}) and has no instance exactly when, in the Alloy model: the initial state is the interpreter's;
 * every step is a binding the interpreter has; a step of a binding from a state whose footprint values are in its
 * table is one of the table's steps (same properties broken, same values after, nothing else changed); no state
 * from whose values some binding steps is deadlocked; no property fails in a state whose footprint values are in
 * its table (some values only where not deadlocked); and each counterexample is a trace of the
 * Alloy model breaking its property at its end. By induction over the steps of any Alloy trace, each is then a
 * path of the interpreter breaking the same properties on its steps (every reachable state's values are in every
 * binding's table), so no trace breaks a property sooner than claimed, and the counterexamples show the claims
 * are met. Each table is a {@link StateDiagram}, a predicate per node. Each part of the check is a named
 * predicate, so that an instance says which claim failed, and the parts are checked in three commands (steps,
 * verdicts, counterexamples): a solver refutes each alone faster than their disjunction. Immutable; the text is
 * deterministic.
 */
public final class Certificate {
  /** A position of the state vector: variable {@code var} at {@code index} (encoded values). */
  public record Slot(int var, int[] index) {}

  /**
   * A step of a counterexample: action {@code action} with {@code args} breaking {@code violated} (property
   * indices), to state {@code post}, or, when ill-defined, nowhere (null: nothing changes).
   */
  public record Step(int action, int[] args, int[] violated, int[] post) {}

  /**
   * A shortest counterexample to property {@code property}: from {@code initial}, {@code steps}; its end breaks
   * the property through probe {@code probe} of {@link AlloyModel#probes}.
   */
  public record Witness(int property, int probe, int[] initial, List<Step> steps) {}

  /**
   * What the interpreter does in binding {@code args} of action {@code action}, seen through {@code slots} (the
   * binding's steps read and write no other slot): the values those slots hold in the reachable states
   * ({@code seen}) and the steps the binding takes from such states ({@code moves}).
   */
  public record Binding(int action, ImmutableIntArray args, ImmutableIntArray slots, List<ImmutableIntArray> seen,
      List<Move> moves) {
    public Binding {
      seen = List.copyOf(seen);
      moves = List.copyOf(moves);
    }
  }

  /** A step seen through a binding's slots: their values before, the properties it breaks, their values after. */
  public record Move(ImmutableIntArray pre, ImmutableIntArray violated, ImmutableIntArray post) {}

  /**
   * Where property {@code property} is claimed not to fail, over the slots its failure in a state depends on
   * ({@code slots}): the values they hold in reachable states nearer than its shortest violation (all, when it
   * holds), split as the claim needs: in {@code anywhere}, values where it does not fail whatever else holds; in
   * {@code live}, values where it does not fail unless nothing can be done (values of states where the interpreter
   * can step, which the Alloy model must then not find deadlocked).
   */
  public record Unbroken(int property, ImmutableIntArray slots, List<ImmutableIntArray> anywhere,
      List<ImmutableIntArray> live) {
    public Unbroken {
      anywhere = List.copyOf(anywhere);
      live = List.copyOf(live);
    }
  }

  /** A part of the check: the predicate that holds in an instance breaking it, and the claim it checks. */
  public record Obligation(String pred, String claim) {}

  private final String text;
  private final List<List<Obligation>> checks;

  private Certificate(String text, List<List<Obligation>> checks) {
    this.text = text;
    this.checks = checks.stream().map(List::copyOf).toList();
  }

  /** The module with its check commands. */
  public String text() {
    return text;
  }

  /** Per check command, in order, the parts it checks (an instance of it breaks at least one). */
  public List<List<Obligation>> checks() {
    return checks;
  }

  /**
   * The certificate of {@code alloy} (translated with every instance named) over {@code slots}: the initial state
   * {@code initial}, what each binding of each action does in the reachable states, where each property failing
   * in a state does not ({@code unbroken}), per property its shortest violation ({@code shortest}, -1: it holds)
   * and for each violated property its counterexample.
   */
  public static Certificate of(AlloyModel alloy, List<Slot> slots, int[] initial, List<Binding> bindings,
      List<Unbroken> unbroken, int[] shortest, List<Witness> witnesses) {
    return new Writer(alloy, slots).write(initial, bindings, unbroken, shortest, witnesses);
  }

  private static final class Writer {
    private static final List<String> STATES = List.of("first", "last");

    private final AlloyModel alloy;
    private final Model model;
    private final Symbols sym;
    private final List<Slot> slots;
    private final String prefix;
    private final String step;
    private final List<List<Obligation>> checks = new ArrayList<>();
    private List<Obligation> obligations;
    /** The states of counterexamples, each named once: its index in the order first met. */
    private final Map<List<Integer>, Integer> pinned = new HashMap<>();
    private final Set<String> edges = new HashSet<>();
    private final Set<String> named = new HashSet<>();
    /** The properties' tables written so far: slots and values to the table's formula. */
    private final Map<List<Object>, String> tables = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    Writer(AlloyModel alloy, List<Slot> slots) {
      this.alloy = alloy;
      this.model = alloy.model();
      this.sym = alloy.symbols();
      this.slots = slots;
      this.prefix = alloy.names().freshPrefix("cert");
      this.step = prefix + "_step";
    }

    Certificate write(int[] initial, List<Binding> bindings, List<Unbroken> unbroken, int[] shortest,
        List<Witness> witnesses) {
      out.append(alloy.declarations()).append('\n');
      line("-- the certificate: what each action binding does in the interpreter's reachable states, and where each");
      line("-- property does not fail there, as tables over the slots each reads and writes; the counterexamples");
      slotReads();
      kept();
      line("pred " + step + " { transition[first, last] and unchanged[first, last] }");
      check();
      obligation("initial", "the initial state is the interpreter's",
          Logic.and("initial[first]", Logic.not(pin(initial, "first"))));
      List<String> calls = new ArrayList<>();
      bindings.forEach(b -> calls.add(alloy.called(b.action(), b.args().toArray(), "first")));
      obligation("bindings", "every step is a binding of an action the interpreter has",
          Logic.and(List.of(step, "(some first.action)", "(not (" + String.join("\n    or ", calls) + "))")));
      List<String> enabled = new ArrayList<>();
      for (int k = 0; k < bindings.size(); k++) {
        enabled.add(moves(k, bindings.get(k)));
      }
      enabled.removeIf(Logic.FALSE::equals);
      obligation("live", "no state where the interpreter can take a step is deadlocked", enabled.isEmpty()
          ? Logic.FALSE : "(deadlocked[first] and (" + String.join("\n    or ", enabled) + "))");
      check();
      unbroken.forEach(u -> unbroken(u, shortest[u.property()]));
      check();
      witnesses.forEach(this::witness);
      checks.removeIf(List::isEmpty);
      line("");
      for (List<Obligation> check : checks) {
        line("check { not (" + String.join("\n  or ", check.stream().map(Obligation::pred).toList()) + ") } "
            + alloy.scope(1));
      }
      return new Certificate(out.toString(), checks);
    }

    /** A function (a predicate, for a boolean kept as a set) per slot and state, reading its value. */
    private void slotReads() {
      for (String state : STATES) {
        for (int s = 0; s < slots.size(); s++) {
          Symbols.VarSym var = sym.vars.get(slots.get(s).var());
          String read = read(var, slots.get(s).index(), state);
          line(var.flag() ? "pred " + slot(s, state) + " { " + read + " }"
              : "fun " + slot(s, state) + ": set " + var.valueSig() + " { " + read + " }");
        }
      }
    }

    /**
     * The claim that binding {@code b} (the k-th) takes only the interpreter's steps from a state whose footprint
     * values occur in a reachable state: its table over the footprint before, the properties broken and the
     * footprint after, and every other slot unchanged. Returns the formula that the binding can step from the
     * first state's footprint values.
     */
    private String moves(int k, Binding b) {
      int[] f = b.slots().toArray();
      List<ImmutableIntArray> broken = b.moves().stream().map(Move::violated).distinct()
          .sorted(Comparator.comparing(ImmutableIntArray::toString)).toList();
      List<int[]> rows = new ArrayList<>();
      for (Move m : b.moves()) {
        int[] row = new int[2 * f.length + 1];
        System.arraycopy(m.pre().toArray(), 0, row, 0, f.length);
        row[f.length] = broken.indexOf(m.violated());
        System.arraycopy(m.post().toArray(), 0, row, f.length + 1, f.length);
        rows.add(row);
      }
      String name = prefix + "_b" + k;
      String seen = diagram(name + "_seen", b.seen().stream().map(ImmutableIntArray::toArray).toList(), f.length,
          (pos, v) -> test(f[pos], v, "first"));
      String table = rows.isEmpty() ? Logic.FALSE : diagram(name + "_moves", rows, rows.get(0).length,
          (pos, v) -> pos < f.length ? test(f[pos], v, "first")
              : pos == f.length ? "(" + alloy.failed(broken.get(v).toArray(), "first") + ")"
              : test(f[pos - f.length - 1], v, "last"));
      Action action = model.actions().get(b.action());
      List<String> args = new ArrayList<>();
      for (int i = 0; i < b.args().length(); i++) {
        args.add(sym.constant(action.params().get(i).type(), b.args().get(i)));
      }
      obligation("step_" + action.name(), "every step of " + action.name() + "[" + String.join(", ", args)
          + "] from a reachable state is one the interpreter takes", Logic.and(List.of(seen,
          alloy.called(b.action(), b.args().toArray(), "first"), step,
          Logic.not(Logic.and(table, elsewhereUnchanged(f))))));
      // the values from which the binding can step: there the Alloy model must not be deadlocked
      return b.moves().isEmpty() ? Logic.FALSE : diagram(name + "_on", b.moves().stream().map(Move::pre).distinct()
          .map(ImmutableIntArray::toArray).toList(), f.length, (pos, v) -> test(f[pos], v, "first"));
    }

    /**
     * A predicate per variable that it is the same in both states, and per slot that it is; so each binding's
     * frame ({@link #elsewhereUnchanged}) names them, and Alloy translates each once.
     */
    private void kept() {
      for (int v = 0; v < sym.vars.size(); v++) {
        String at = sym.vars.get(v).at("last") + " = " + sym.vars.get(v).at("first");
        line("pred " + prefix + "_k" + v + " { " + at + " }");
      }
      for (int s = 0; s < slots.size(); s++) {
        String same = sym.vars.get(slots.get(s).var()).flag() ? slot(s, "last") + " iff " + slot(s, "first")
            : slot(s, "last") + " = " + slot(s, "first");
        line("pred " + prefix + "_k" + slots.get(s).var() + "_" + s + " { " + same + " }");
      }
    }

    /** The formula that every slot outside the sorted slots {@code f} is the same in both states. */
    private String elsewhereUnchanged(int[] f) {
      List<String> parts = new ArrayList<>();
      for (int v = 0; v < sym.vars.size(); v++) {
        List<String> kept = new ArrayList<>();
        boolean touched = false;
        for (int s = 0; s < slots.size(); s++) {
          if (slots.get(s).var() == v) {
            if (Arrays.binarySearch(f, s) >= 0) {
              touched = true;
            } else {
              kept.add(prefix + "_k" + v + "_" + s);
            }
          }
        }
        parts.addAll(touched ? kept : List.of(prefix + "_k" + v));
      }
      return parts.isEmpty() ? Logic.TRUE : "(" + String.join(" and ", parts) + ")";
    }

    /**
     * Declares a predicate per node of the diagram of {@code rows} (each {@code width} long), a row's position i
     * holding value v when {@code test(i, v)}; returns the formula that the rows hold one of them.
     */
    private String diagram(String name, List<int[]> rows, int width, BiFunction<Integer, Integer, String> test) {
      StateDiagram d = StateDiagram.of(rows, width);
      List<StateDiagram.Node> nodes = d.nodes();
      for (int n = 0; n < nodes.size(); n++) {
        StateDiagram.Node node = nodes.get(n);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < node.values().length(); i++) {
          int c = node.children().get(i);
          String t = test.apply(node.position(), node.values().get(i));
          parts.add(StateDiagram.isLeaf(c) ? t : "(" + t + " and " + name + "_" + c + ")");
        }
        line("pred " + name + "_" + n + " { " + String.join(" or ", parts) + " }");
      }
      return StateDiagram.isLeaf(d.root()) ? Logic.TRUE : name + "_" + d.root();
    }

    /**
     * The claim that a property (shortest violation {@code shortest}, -1: none) does not fail in a state whose
     * footprint values are in its table. Its failures recorded on a step are the binding tables' matter.
     */
    private void unbroken(Unbroken u, int shortest) {
      String name = model.properties().get(u.property()).name();
      String anywhere = table(u.property(), u.slots(), u.anywhere());
      String live = Logic.and(table(u.property(), u.slots(), u.live()), "(not deadlocked[first])");
      for (AlloyModel.Probe probe : alloy.probes(u.property())) {
        if (probe.offset() == 0) {
          obligation(name, name + (shortest < 0 ? " holds in every reachable state"
              : " fails no sooner than after " + shortest + " steps"), Logic.and(Logic.or(anywhere, live),
              fails(probe)));
        }
      }
    }

    /** The formula that the first state's {@code slots} hold one of {@code seen}; tables alike are written once. */
    private String table(int property, ImmutableIntArray slots, List<ImmutableIntArray> seen) {
      if (seen.isEmpty()) {
        return Logic.FALSE;
      }
      int[] f = slots.toArray();
      return tables.computeIfAbsent(List.of(slots, Set.copyOf(seen)), k -> diagram(prefix + "_p" + property
          + "_" + tables.size(), seen.stream().map(ImmutableIntArray::toArray).toList(), f.length,
          (pos, v) -> test(f[pos], v, "first")));
    }

    /**
     * The claims that a counterexample is a trace of the Alloy model breaking its property at its end: one per
     * step (a step two counterexamples share is claimed once), so that an instance says where the semantics part.
     */
    private void witness(Witness w) {
      String name = model.properties().get(w.property()).name();
      String of = " of the counterexample to " + name;
      obligation("trace_" + name + "_0", "the first state" + of + " is initial",
          Logic.and(pin(w.initial(), "first"), "(not initial[first])"));
      int[] pre = w.initial();
      int[] end = pre;
      String fired = null;
      for (int i = 0; i < w.steps().size(); i++) {
        Step st = w.steps().get(i);
        end = pre;
        int[] post = st.post() == null ? pre : st.post();
        fired = alloy.fired(st.action(), st.args(), st.violated(), "first");
        String taken = Logic.and(List.of(pin(pre, "first"), fired, pin(post, "last")));
        if (edges.add(taken)) {
          obligation("trace_" + name + "_" + (i + 1), "step " + (i + 1) + of + " is a step of the Alloy model",
              Logic.and(taken, "(not " + step + ")"));
        }
        pre = post;
      }
      AlloyModel.Probe probe = alloy.probes(w.property()).get(w.probe());
      String at = probe.offset() > 0 ? Logic.and(pin(end, "first"), fired) : pin(pre, "first");
      obligation("trace_" + name + "_end", "the counterexample to " + name + " breaks it at its end",
          Logic.and(at, Logic.not(fails(probe))));
    }

    /** A predicate that {@code state} is exactly {@code values} (declared on first use). */
    private String pin(int[] values, String state) {
      List<Integer> key = Arrays.stream(values).boxed().toList();
      Integer id = pinned.get(key);
      if (id == null) {
        id = pinned.size();
        pinned.put(key, id);
        for (String s : STATES) {
          line("pred " + prefix + "_s" + id + suffix(s) + " { " + Logic.text(exactly(values, s)) + " }");
        }
      }
      return prefix + "_s" + id + suffix(state);
    }

    /**
     * The formula that {@code state} is exactly {@code values}: each variable's relation is the set of its slots'
     * tuples, so no tuple outside the slots (an index out of range) is left free.
     */
    private String exactly(int[] values, String state) {
      List<String> parts = new ArrayList<>();
      for (int v = 0; v < sym.vars.size(); v++) {
        Symbols.VarSym var = sym.vars.get(v);
        List<String> tuples = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
          Slot slot = slots.get(i);
          if (slot.var() != v || (var.flag() ? values[i] == 0 : values[i] < 0 && optional(var))) {
            continue;
          }
          List<String> tuple = key(var, slot.index());
          if (!var.flag()) {
            tuple.add(sym.constant(var.var().type(), values[i]));
          }
          tuples.add(String.join(" -> ", tuple));
        }
        parts.add(tuples.isEmpty() ? "(no " + var.at(state) + ")"
            : "(" + var.at(state) + " = " + String.join(" + ", tuples) + ")");
      }
      return Logic.and(parts);
    }

    /** Slot {@code s}'s value in {@code state}: the value set, or for a boolean kept as a set whether it holds. */
    private String read(Symbols.VarSym var, int[] index, String state) {
      List<String> key = key(var, index);
      if (var.flag()) {
        return String.join(" -> ", key) + " in " + var.at(state);
      }
      String read = var.at(state);
      for (String k : key) {
        read = "(" + k + "." + read + ")";
      }
      return read;
    }

    /** The formula that slot {@code s} holds exactly {@code value} in {@code state}. */
    private String test(int s, int value, String state) {
      Symbols.VarSym var = sym.vars.get(slots.get(s).var());
      String slot = slot(s, state);
      if (var.flag()) {
        return value != 0 ? slot : "(not " + slot + ")";
      }
      return value < 0 && optional(var) ? "(no " + slot + ")"
          : "(" + slot + " = " + sym.constant(var.var().type(), value) + ")";
    }

    /** The leading columns of a slot's tuples: the owner sig (unless hosted), then the index. */
    private List<String> key(Symbols.VarSym var, int[] index) {
      List<String> key = new ArrayList<>();
      if (!var.hosted()) {
        key.add(var.ownerSig());
      }
      for (int i = 0; i < index.length; i++) {
        key.add(sym.constant(var.var().index().get(i), index[i]));
      }
      return key;
    }

    private static boolean optional(Symbols.VarSym var) {
      return var.var().type() instanceof Type.KindType k && k.optional();
    }

    private static String fails(AlloyModel.Probe probe) {
      return "(let pre = first | " + probe.formula() + ")";
    }

    /** Starts the obligations of the next check command. */
    private void check() {
      obligations = new ArrayList<>();
      checks.add(obligations);
    }

    private void obligation(String name, String claim, String broken) {
      String pred = prefix + "_" + AlloyNames.legal(name);
      for (int i = 2; !named.add(pred); i++) {
        pred = prefix + "_" + AlloyNames.legal(name) + "_" + i;
      }
      line("pred " + pred + " { " + Logic.text(broken) + " }");
      obligations.add(new Obligation(pred, claim));
    }

    private String slot(int s, String state) {
      return prefix + "_v" + s + suffix(state);
    }

    private static String suffix(String state) {
      return state.equals("first") ? "f" : "l";
    }

    private void line(String s) {
      out.append(s).append('\n');
    }
  }
}

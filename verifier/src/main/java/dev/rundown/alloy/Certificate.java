package dev.rundown.alloy;

import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Alloy check of claimed verdicts in every reachable state, whatever the depth. Given a set of states, each
 * labelled with its distance from the initial state, and per violated property a shortest counterexample, one
 * check over two states ({@code first} steps to {@code last}) has no instance exactly when, in the Alloy model:
 * the initial state is in the set at distance 0; every step from a state of the set (unless ill-defined) reaches
 * a state of the set at most one step further away; no property fails in a state of the set sooner than its
 * claimed shortest violation (anywhere, for a property claimed to hold); and each counterexample is a trace of
 * the Alloy model that breaks its property at its end. By induction over the steps of any trace the labels are
 * then lower bounds of the true distances, so no trace breaks a property sooner than claimed, and the
 * counterexamples show the claims are met. Distances are cut at the largest claimed violation (deeper ones do
 * not matter) and kept as a thermometer code: atom {@code D}k in the label when the distance is at least k. The
 * set is a {@link StateDiagram}, a function per node. Each part of the check is a named predicate, so that an
 * instance says which claim failed, and the parts are checked in three commands (closure, verdicts,
 * counterexamples): a solver refutes each alone far faster than their disjunction. Immutable; the text is
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
   * The certificate of {@code alloy} (translated with every instance named): {@code states} over {@code slots},
   * their distances {@code depths}, per property its shortest violation ({@code shortest}, -1: it holds) and for
   * each violated property its counterexample.
   */
  public static Certificate of(AlloyModel alloy, List<Slot> slots, List<int[]> states, int[] depths,
      int[] shortest, List<Witness> witnesses) {
    return new Writer(alloy, slots).write(states, depths, shortest, witnesses);
  }

  private static final class Writer {
    private static final List<String> STATES = List.of("first", "last");

    private final AlloyModel alloy;
    private final Model model;
    private final Symbols sym;
    private final List<Slot> slots;
    private final String prefix;
    private final String absent;
    private final String step;
    /** Per distance k >= 1, the atom in a label when the distance is at least k. */
    private final List<String> atLeast = new ArrayList<>();
    private final List<List<Obligation>> checks = new ArrayList<>();
    private List<Obligation> obligations;
    /** The states of counterexamples, each named once: its index in the order first met. */
    private final Map<List<Integer>, Integer> pinned = new HashMap<>();
    private final Set<String> edges = new HashSet<>();
    private final Set<String> named = new HashSet<>();
    private final StringBuilder out = new StringBuilder();

    Writer(AlloyModel alloy, List<Slot> slots) {
      this.alloy = alloy;
      this.model = alloy.model();
      this.sym = alloy.symbols();
      this.slots = slots;
      this.prefix = alloy.names().freshPrefix("cert");
      this.absent = prefix + "_Out";
      this.step = prefix + "_step";
    }

    Certificate write(List<int[]> states, int[] depths, int[] shortest, List<Witness> witnesses) {
      int cut = Math.max(0, Arrays.stream(shortest).max().orElse(0));
      for (int k = 1; k <= cut; k++) {
        atLeast.add(prefix + "_D" + k);
      }
      StateDiagram diagram = StateDiagram.of(states, Arrays.stream(depths).map(d -> Math.min(d, cut)).toArray(),
          slots.size());
      out.append(alloy.declarations()).append('\n');
      line("-- the certificate: the reachable states, each with its distance from the initial state (" + prefix
          + "_Dk: at least k;");
      line("-- " + absent + ": not reachable), checked to be closed under the steps, with the verdicts claimed");
      line("abstract sig " + prefix + "_Label {}");
      List<String> atoms = new ArrayList<>(List.of(absent));
      atoms.addAll(atLeast);
      line("one sig " + String.join(", ", atoms) + " extends " + prefix + "_Label {}");
      labels(diagram);
      line("pred " + step + " { transition[first, last] and unchanged[first, last] }");
      String pre = label("first");
      String post = label("last");
      String reachable = "(not (" + absent + " in " + pre + "))";
      check();
      obligation("initial", "the initial state is reachable at distance 0", "initial[first] and some " + pre);
      String wellDefined = "(not (" + alloy.failureAtom(wellDefined()) + " in first.failed))";
      obligation("closed", "every step from a reachable state reaches one, at most one step further",
          Logic.and(List.of(reachable, step, wellDefined,
              Logic.or("(" + absent + " in " + post + ")", Logic.not(atMostOneMore(post, pre))))));
      verdicts(shortest, reachable);
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

    /** For each of the two states, a function per slot and per diagram node, and the state's label. */
    private void labels(StateDiagram diagram) {
      for (String state : STATES) {
        for (int s = 0; s < slots.size(); s++) {
          Symbols.VarSym var = sym.vars.get(slots.get(s).var());
          String read = read(var, slots.get(s).index(), state);
          line(var.flag() ? "pred " + slot(s, state) + " { " + read + " }"
              : "fun " + slot(s, state) + ": set " + var.valueSig() + " { " + read + " }");
        }
        List<StateDiagram.Node> nodes = diagram.nodes();
        for (int n = 0; n < nodes.size(); n++) {
          StateDiagram.Node node = nodes.get(n);
          String e = absent;
          for (int i = node.values().length() - 1; i >= 0; i--) {
            e = "(" + test(node.position(), node.values().get(i), state) + " => "
                + child(node.children().get(i), state) + " else " + e + ")";
          }
          line("fun " + prefix + "_n" + n + suffix(state) + ": set " + prefix + "_Label { " + e + " }");
        }
        line("fun " + label(state) + ": set " + prefix + "_Label { " + child(diagram.root(), state) + " }");
      }
    }

    /** The claims that each property holds, or fails no sooner than its claimed shortest violation. */
    private void verdicts(int[] shortest, String reachable) {
      String pre = label("first");
      check();
      for (int p = 0; p < model.properties().size(); p++) {
        String name = model.properties().get(p).name();
        String claim = name + (shortest[p] < 0 ? " holds in every reachable state"
            : " fails no sooner than after " + shortest[p] + " steps");
        List<AlloyModel.Probe> probes = alloy.probes(p);
        for (int k = 0; k < probes.size(); k++) {
          AlloyModel.Probe probe = probes.get(k);
          List<String> parts = new ArrayList<>(List.of(reachable, fails(probe)));
          if (probe.offset() > 0) {
            parts.add(step);
          }
          if (shortest[p] >= 0) {
            parts.add(below(pre, shortest[p] - probe.offset()));
          }
          obligation(name + (probes.size() > 1 ? "_" + k : ""), claim, Logic.and(parts));
        }
      }
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

    /** Whether label {@code d} has distance at least k (k >= 1). */
    private String atLeast(String d, int k) {
      return "(" + atLeast.get(k - 1) + " in " + d + ")";
    }

    /** The distance of label {@code q} is at most that of label {@code p} plus one. */
    private String atMostOneMore(String q, String p) {
      List<String> parts = new ArrayList<>();
      for (int k = 2; k <= atLeast.size(); k++) {
        parts.add(Logic.implies(atLeast(q, k), atLeast(p, k - 1)));
      }
      return Logic.and(parts);
    }

    /** The distance of label {@code d} is below {@code c} (at most the cut). */
    private String below(String d, int c) {
      return c <= 0 ? Logic.FALSE : Logic.not(atLeast(d, c));
    }

    private String child(int c, String state) {
      if (!StateDiagram.isLeaf(c)) {
        return prefix + "_n" + c + suffix(state);
      }
      int d = StateDiagram.label(c);
      return d == 0 ? "none" : "(" + String.join(" + ", atLeast.subList(0, d)) + ")";
    }

    private String slot(int s, String state) {
      return prefix + "_v" + s + suffix(state);
    }

    private String label(String state) {
      return prefix + "_d" + suffix(state);
    }

    private static String suffix(String state) {
      return state.equals("first") ? "f" : "l";
    }

    private void line(String s) {
      out.append(s).append('\n');
    }

    private int wellDefined() {
      for (int p = 0; p < model.properties().size(); p++) {
        if (model.properties().get(p).kind() == PropertyKind.WELL_DEFINED) {
          return p;
        }
      }
      throw new IllegalArgumentException("the model has no WellDefined property");
    }
  }
}

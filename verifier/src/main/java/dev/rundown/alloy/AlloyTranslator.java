package dev.rundown.alloy;

import dev.rundown.ir.Action;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.ir.Origin;
import dev.rundown.ir.Param;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Translates a model at given bounds into an Alloy model of its traces ({@link AlloyModel}): the states of a
 * trace are the atoms of a sig {@code State} under {@code util/ordering}, and every state variable is a field with
 * a last {@code State} column. A sig per kind (a plain sig, whose atoms Kodkod may permute, for a symmetric kind;
 * else a {@code one sig} per instance), an abstract sig per enum, a {@code one sig} holding the globals and one per
 * routine or callback holding its program counter and locals; a predicate per action over its step's states
 * {@code pre} and {@code post} (guard, effect in SSA form, frame); predicates for a step (exactly one action,
 * recorded on its first state, or a stutter) and for its frame; per property a {@code _fails} predicate and an
 * assertion; last, the facts that make the states a trace.
 * Pure and deterministic: the same model and bounds give the same text.
 */
public final class AlloyTranslator {
  private final Symbols sym;
  private final IntWidth width = new IntWidth();
  private final StringBuilder out = new StringBuilder();
  private final List<String> preds = new ArrayList<>();
  /** Per action, its label atom: its own, or its routine's or callback's, shared by all of the owner's steps. */
  private final List<String> labels = new ArrayList<>();
  /** Per action, its atom of the shared {@code Step} sig (the k-th step of its owner), or null for an action. */
  private final List<String> steps = new ArrayList<>();
  private final List<String> distinctLabels = new ArrayList<>();
  private final List<String> stepAtoms = new ArrayList<>();
  private final List<String> failureAtoms = new ArrayList<>();
  private final List<String> failsPreds = new ArrayList<>();
  private final List<String> asserts = new ArrayList<>();
  private final List<List<AlloyModel.Probe>> probes = new ArrayList<>();
  private final int wellDefined;
  private final int argFields;

  private AlloyTranslator(Model model, Bounds bounds, Set<String> named) {
    this.sym = new Symbols(model, bounds, named);
    for (Action a : model.actions()) {
      preds.add(sym.names.fresh(a.name()));
    }
    Map<String, String> ownerLabels = new LinkedHashMap<>();
    Map<String, Integer> ownerSteps = new LinkedHashMap<>();
    for (Action a : model.actions()) {
      boolean step = a.origin() != null && a.origin().kind() != Origin.OriginKind.ACTION;
      if (!step) {
        String label = sym.names.fresh("Fired_" + a.name());
        distinctLabels.add(label);
        labels.add(label);
        steps.add(null);
        continue;
      }
      String owner = a.origin().owner();
      labels.add(ownerLabels.computeIfAbsent(owner, o -> {
        String label = sym.names.fresh("Fired_" + o);
        distinctLabels.add(label);
        return label;
      }));
      int k = ownerSteps.merge(owner, 1, Integer::sum);
      if (k > stepAtoms.size()) {
        stepAtoms.add(sym.names.fresh("step" + k));
      }
      steps.add(stepAtoms.get(k - 1));
    }
    int well = -1;
    for (int p = 0; p < model.properties().size(); p++) {
      Property prop = model.properties().get(p);
      boolean recorded = prop.kind() == PropertyKind.ASSERT || prop.kind() == PropertyKind.WELL_DEFINED;
      failureAtoms.add(recorded ? sym.names.fresh("Violated_" + prop.name()) : null);
      asserts.add(sym.names.fresh(prop.name()));
      failsPreds.add(sym.names.fresh(prop.name() + "_fails"));
      if (prop.kind() == PropertyKind.WELL_DEFINED) {
        well = p;
      }
    }
    this.wellDefined = well;
    this.argFields = model.actions().stream().mapToInt(a -> a.params().size()).max().orElse(0);
  }

  /** The Alloy model of {@code model} at {@code bounds}. */
  public static AlloyModel translate(Model model, Bounds bounds) {
    return translate(model, bounds, new TreeSet<>());
  }

  /**
   * As {@link #translate(Model, Bounds)}, with every instance a named atom, even of a symmetric kind: a model
   * whose commands speak of particular states (a {@link Certificate}).
   */
  public static AlloyModel translateNamed(Model model, Bounds bounds) {
    Set<String> all = new TreeSet<>();
    model.kinds().forEach(k -> all.add(k.name()));
    return translate(model, bounds, all);
  }

  private static AlloyModel translate(Model model, Bounds bounds, Set<String> named) {
    while (true) {
      try {
        return new AlloyTranslator(model, bounds, named).build();
      } catch (Symbols.NeedsNames e) {
        named.add(e.kind);
      }
    }
  }

  private AlloyModel build() {
    Model model = sym.model;
    line("open util/ordering[State]");
    line("");
    sigs();
    stateSig();
    stutterPred();
    initialPred();
    for (int a = 0; a < model.actions().size(); a++) {
      actionPred(a);
    }
    transitionPred();
    framePred();
    deadlocked();
    for (int p = 0; p < model.properties().size(); p++) {
      property(p);
    }
    String declarations = out.toString();
    facts();
    List<AlloyModel.VarRelation> rels = new ArrayList<>();
    sym.vars.forEach(v -> rels.add(new AlloyModel.VarRelation(v.ref(), v.hosted(), v.flag())));
    Map<String, Integer> plainSigs = new LinkedHashMap<>();
    for (Kind k : model.kinds()) {
      if (sym.anonymous(k.name())) {
        plainSigs.put(sym.kindSig(k.name()), sym.bounds.of(k.name()));
      }
    }
    Map<String, List<String>> enumAtoms = new LinkedHashMap<>();
    sym.enums().forEach(e -> enumAtoms.put(e.name(), sym.enumValues(e.name())));
    return new AlloyModel(model, sym, declarations, out.toString(), width.bits(), plainSigs, rels, atoms(), enumAtoms,
        labels, steps, failsPreds, asserts, probes, Collections.unmodifiableList(new ArrayList<>(failureAtoms)),
        argFields);
  }

  /** The value of each atom of Bool and of a kind with named instances. */
  private Map<String, Integer> atoms() {
    Map<String, Integer> atoms = new LinkedHashMap<>();
    atoms.put("False", 0);
    atoms.put("True", 1);
    for (Kind k : sym.model.kinds()) {
      List<String> inst = sym.anonymous(k.name()) ? List.of() : sym.instances(k.name());
      for (int i = 0; i < inst.size(); i++) {
        atoms.put(inst.get(i), i);
      }
    }
    return atoms;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  /** The declarations of the variables hosted by {@code sig} (the sig of their first index). */
  private List<String> hostedFields(String sig) {
    List<String> fields = new ArrayList<>();
    for (Symbols.VarSym v : sym.vars) {
      if (v.hosted() && v.sig().equals(sig)) {
        List<String> cols = new ArrayList<>();
        v.var().index().subList(1, v.var().index().size()).forEach(t -> cols.add(sym.typeSig(t)));
        fields.add(field(v, cols));
        includeInts(v.var().type());
        v.var().index().forEach(this::includeInts);
      }
    }
    return fields;
  }

  /**
   * A variable's field: its index columns, its value and the state. No multiplicity: the initial state and every
   * step give each variable one whole value, so a declared one would only add clauses.
   */
  private static String field(Symbols.VarSym v, List<String> indexColumns) {
    List<String> cols = new ArrayList<>(indexColumns);
    if (!v.flag()) {
      cols.add(v.valueSig());
    }
    cols.add("State");
    return v.field() + ": " + (cols.size() == 1 ? "set " : "") + String.join(" -> ", cols);
  }

  private void sigs() {
    line("abstract sig Bool {" + block(hostedFields("Bool")) + "}");
    line("one sig False, True extends Bool {}");
    for (Kind k : sym.model.kinds()) {
      line("");
      String fields = block(hostedFields(sym.kindSig(k.name())));
      if (sym.anonymous(k.name())) {
        line("-- symmetric: its " + sym.bounds.of(k.name()) + " atoms are interchangeable; Kodkod breaks symmetries");
        line("sig " + sym.kindSig(k.name()) + " {" + fields + "}");
      } else {
        line("abstract sig " + sym.kindSig(k.name()) + " {" + fields + "}");
        line("one sig " + String.join(", ", sym.instances(k.name())) + " extends " + sym.kindSig(k.name()) + " {}");
      }
    }
    for (Type.EnumType e : sym.enums()) {
      if (!sym.sharesAtoms(e.name())) {
        line("");
        line("abstract sig " + sym.enumSig(e.name()) + " {" + block(hostedFields(sym.enumSig(e.name()))) + "}");
        line("one sig " + String.join(", ", sym.enumValues(e.name())) + " extends " + sym.enumSig(e.name()) + " {}");
      }
    }
    if (sym.pcSig() != null) {
      line("");
      line("-- the labels of every routine's and callback's program counter");
      line("abstract sig " + sym.pcSig() + " {}");
      line("one sig " + String.join(", ", sym.pcAtoms()) + " extends " + sym.pcSig() + " {}");
    }
    for (Map.Entry<String, String> owner : sym.ownerSigs.entrySet()) {
      List<String> fields = new ArrayList<>();
      for (Symbols.VarSym v : sym.vars) {
        if (owner.getValue().equals(v.ownerSig())) {
          List<String> cols = new ArrayList<>();
          v.var().index().forEach(t -> cols.add(sym.typeSig(t)));
          fields.add(field(v, cols));
          includeInts(v.var().type());
          v.var().index().forEach(this::includeInts);
        }
      }
      line("");
      line("one sig " + owner.getValue() + " {" + block(fields) + "}");
    }
  }

  private void includeInts(Type t) {
    if (t instanceof Type.IntType r) {
      width.include(r.lo(), r.hi());
    }
  }

  private static String block(List<String> fields) {
    return fields.isEmpty() ? "" : "\n  " + String.join(",\n  ", fields) + "\n";
  }

  private static String body(List<String> formulas) {
    return "\n  " + String.join("\n  ", formulas) + "\n";
  }

  private void stateSig() {
    line("");
    line("-- the states of a trace, in order; each records the step leaving it: which action, its arguments,");
    line("-- the properties it broke");
    line("abstract sig Label {}");
    line("one sig " + String.join(", ", distinctLabels.isEmpty() ? List.of("NoAction") : distinctLabels)
        + " extends Label {}");
    if (!stepAtoms.isEmpty()) {
      line("-- a routine's or callback's steps share its label; the step says which one (the k-th in the source)");
      line("abstract sig Step {}");
      line("one sig " + String.join(", ", stepAtoms) + " extends Step {}");
    }
    line("abstract sig Failure {}");
    List<String> failures = failureAtoms.stream().filter(f -> f != null).toList();
    line("one sig " + String.join(", ", failures) + " extends Failure {}");
    List<String> fields = new ArrayList<>();
    fields.add("action: lone Label");
    for (int i = 1; i <= argFields; i++) {
      fields.add("arg" + i + ": lone univ");
    }
    fields.add("failed: set Failure");
    if (!stepAtoms.isEmpty()) {
      fields.add("step: lone Step");
    }
    line("sig State {" + block(fields) + "}");
  }

  private void stutterPred() {
    line("");
    List<String> stutter = new ArrayList<>();
    stutter.add("no pre.action");
    for (int i = 1; i <= argFields; i++) {
      stutter.add("no pre.arg" + i);
    }
    stutter.add("no pre.failed");
    if (!stepAtoms.isEmpty()) {
      stutter.add("no pre.step");
    }
    line("-- a stutter changes nothing: the frame fact below keeps every variable");
    line("pred stutter[pre: State] {" + body(stutter) + "}");
  }

  /** Explanation closure: a variable changes only in a step of an action that may assign it. */
  private void framePred() {
    List<String> frame = new ArrayList<>();
    for (int v = 0; v < sym.vars.size(); v++) {
      // a label whose every action writes v explains a change alone; a routine's label, only with a writing step
      Set<String> whole = new LinkedHashSet<>(labels);
      List<Integer> writers = new ArrayList<>();
      for (int a = 0; a < sym.model.actions().size(); a++) {
        if (BodyTranslator.writes(sym.model.actions().get(a).body()).contains(v)) {
          writers.add(a);
        } else {
          whole.remove(labels.get(a));
        }
      }
      List<String> explained = new ArrayList<>();
      if (!whole.isEmpty()) {
        explained.add("some (pre.action & (" + String.join(" + ", whole) + "))");
      }
      List<String> pairs = writers.stream().filter(a -> !whole.contains(labels.get(a)))
          .map(a -> labels.get(a) + " -> " + steps.get(a)).toList();
      if (!pairs.isEmpty()) {
        explained.add("some ((pre.action -> pre.step) & (" + String.join(" + ", pairs) + "))");
      }
      Symbols.VarSym var = sym.vars.get(v);
      String same = var.at(Symbols.POST) + " = " + var.at(Symbols.PRE);
      frame.add(explained.isEmpty() ? same : "(" + same + " or " + String.join(" or ", explained) + ")");
    }
    line("");
    line("-- each variable changes only in a step of an action that may assign it");
    line("pred unchanged[pre, post: State] {" + body(frame.isEmpty() ? List.of("no none") : frame) + "}");
  }

  /**
   * The facts that make the states a trace: the first is initial, each takes one step to the next (an action or a
   * stutter; the last a stutter), and each variable changes only as its step says. Without them the text declares
   * the states and steps of the model but constrains no state.
   */
  private void facts() {
    line("");
    line("-- the traces: the first state is initial; every step is one action or a stutter and changes only what");
    line("-- that action assigns; the last state takes no step, so a trace of n states shows the violations within");
    line("-- n - 1 steps");
    line("fact init { initial[first] }");
    line("fact transitions {");
    line("  all pre: State - last | transition[pre, pre.next]");
    line("  stutter[last]");
    line("}");
    line("fact frame { all pre: State - last | unchanged[pre, pre.next] }");
  }

  private void initialPred() {
    List<String> init = new ArrayList<>();
    for (Symbols.VarSym v : sym.vars) {
      StateVar var = v.var();
      int value = var.init() == null ? var.type().min() : ((Expr.Const) var.init()).value();
      String text = sym.constant(var.type(), value);
      if ((value < 0 && var.type() instanceof Type.KindType) || (v.flag() && value == 0)) {
        init.add("no " + v.at(Symbols.PRE));
        continue;
      }
      List<String> cols = new ArrayList<>();
      if (!v.hosted()) {
        cols.add(v.ownerSig());
      }
      for (Type t : var.index()) {
        cols.add(t instanceof Type.IntType r
            ? "{i: Int | i >= " + sym.constant(r, r.lo()) + " and i <= " + sym.constant(r, r.hi()) + "}"
            : sym.typeSig(t));
      }
      if (!v.flag()) {
        cols.add(text);
      }
      init.add(v.at(Symbols.PRE) + " = " + String.join(" -> ", cols));
    }
    line("");
    line("pred initial[pre: State] {" + body(init.isEmpty() ? List.of("no none") : init) + "}");
  }

  private ExprTranslator localTranslator() {
    return new ExprTranslator(sym, width, sym.names.copy());
  }

  private BodyTranslator body(ExprTranslator ex, BodyTranslator.Mode mode, Action action) {
    return new BodyTranslator(sym, ex, mode, failureAtoms.get(wellDefined), failureAtoms,
        BodyTranslator.writes(action.body()));
  }

  /** Parameter declarations and range conditions of an action, with the scope binding them. */
  private record Params(List<String> decls, List<String> names, String ranges, Scope scope) {}

  private Params params(Action a, ExprTranslator ex) {
    Scope s = new Scope(Math.max(a.slots(), 1), sym.vars.size());
    List<String> decls = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> ranges = new ArrayList<>();
    for (Param p : a.params()) {
      String x = ex.fresh(p.name());
      s = ex.bindDomain(s, p.slot(), x, p.type());
      decls.add(x + ": " + sym.typeSig(p.type()));
      names.add(x);
      ranges.add(ex.rangeCondition(x, p.type()));
    }
    return new Params(decls, names, Logic.and(ranges), s);
  }

  private void actionPred(int a) {
    Action action = sym.model.actions().get(a);
    ExprTranslator ex = localTranslator();
    Params ps = params(action, ex);
    List<String> lines = new ArrayList<>();
    lines.add("pre.action = " + labels.get(a));
    if (!stepAtoms.isEmpty()) {
      lines.add(steps.get(a) == null ? "no pre.step" : "pre.step = " + steps.get(a));
    }
    for (int i = 1; i <= argFields; i++) {
      lines.add(i <= ps.names().size() ? "pre.arg" + i + " = " + ps.names().get(i - 1) : "no pre.arg" + i);
    }
    lines.add(Logic.text(body(ex, BodyTranslator.Mode.STEP, action).action(action.guard(), action.body(), ps.scope())));
    line("");
    line("-- " + action.actor() + " " + action.name() + (action.origin() != null && !action.origin().label().isEmpty()
        ? "  " + action.origin().label() : ""));
    List<String> decls = new ArrayList<>();
    decls.add("pre, post: State");
    decls.addAll(ps.decls());
    line("pred " + preds.get(a) + "[" + String.join(", ", decls) + "] {" + body(lines) + "}");
  }

  private void transitionPred() {
    List<String> steps = new ArrayList<>();
    steps.add("stutter[pre]");
    for (int a = 0; a < sym.model.actions().size(); a++) {
      Action action = sym.model.actions().get(a);
      Params ps = params(action, localTranslator());
      List<String> args = new ArrayList<>(List.of("pre", "post"));
      args.addAll(ps.names());
      String call = preds.get(a) + "[" + String.join(", ", args) + "]";
      steps.add(ps.decls().isEmpty()
          ? call
          : "(some " + String.join(", ", ps.decls()) + " | " + Logic.text(Logic.and(ps.ranges(), call)) + ")");
    }
    line("");
    line("-- a step is one action or a stutter");
    line("pred transition[pre, post: State] {");
    line("  " + String.join("\n  or ", steps));
    line("}");
  }

  private void deadlocked() {
    List<String> none = new ArrayList<>();
    for (Action action : sym.model.actions()) {
      ExprTranslator ex = localTranslator();
      Params ps = params(action, ex);
      String enabled = body(ex, BodyTranslator.Mode.ENABLED, action).action(action.guard(), action.body(), ps.scope());
      enabled = Logic.and(ps.ranges(), enabled);
      if (ps.decls().isEmpty()) {
        none.add(Logic.not(enabled));
      } else if (!enabled.equals(Logic.FALSE)) {
        none.add("(no " + String.join(", ", ps.decls()) + " | " + Logic.text(enabled) + ")");
      }
    }
    line("");
    line("-- no action can be taken");
    line("pred deadlocked[pre: State] {" + body(List.of(Logic.text(Logic.and(none)))) + "}");
  }

  private void property(int p) {
    Property prop = sym.model.properties().get(p);
    List<AlloyModel.Probe> probe = new ArrayList<>();
    String fails;
    if (prop.kind() == PropertyKind.ASSERT) {
      fails = "(" + failureAtoms.get(p) + " in pre.failed)";
      probe.add(new AlloyModel.Probe(failsPreds.get(p) + "[pre]", 1));
    } else if (prop.kind() == PropertyKind.WELL_DEFINED) {
      String inState = sym.names.fresh(prop.name() + "_fails_in_state");
      line("");
      line("pred " + inState + "[pre: State] {" + body(List.of(Logic.text(illDefinedFormulas()))) + "}");
      String inStep = "(" + failureAtoms.get(p) + " in pre.failed)";
      fails = "(" + inStep + " or " + inState + "[pre])";
      probe.add(new AlloyModel.Probe(inStep, 1));
      probe.add(new AlloyModel.Probe(inState + "[pre]", 0));
    } else {
      ExprTranslator ex = localTranslator();
      Scope s = new Scope(Math.max(prop.slots(), 1), sym.vars.size());
      fails = Logic.and(ex.defined(prop.formula(), s), Logic.not(ex.formula(prop.formula(), s)));
      if (prop.kind() != PropertyKind.INVARIANT) {
        fails = Logic.and("deadlocked[pre]", fails);
      }
      probe.add(new AlloyModel.Probe(failsPreds.get(p) + "[pre]", 0));
    }
    probes.add(probe);
    line("");
    line("-- " + prop.kind().name().toLowerCase().replace('_', ' ') + " " + prop.name()
        + (prop.rules().isEmpty() ? "" : "  " + String.join(", ", prop.rules())));
    line("pred " + failsPreds.get(p) + "[pre: State] {" + body(List.of(Logic.text(fails))) + "}");
    line(AlloyModel.atLast(prop.kind())
        ? "assert " + asserts.get(p) + " { not " + failsPreds.get(p) + "[last] }"
        : "assert " + asserts.get(p) + " { all pre: State | not " + failsPreds.get(p) + "[pre] }");
  }

  /** Some invariant, or in a deadlocked state some at-end or done formula, reads through an invalid index. */
  private String illDefinedFormulas() {
    List<String> bad = new ArrayList<>();
    for (Property prop : sym.model.properties()) {
      if (prop.formula() == null) {
        continue;
      }
      ExprTranslator ex = localTranslator();
      Scope s = new Scope(Math.max(prop.slots(), 1), sym.vars.size());
      String notDefined = Logic.not(ex.defined(prop.formula(), s));
      bad.add(prop.kind() == PropertyKind.INVARIANT ? notDefined : Logic.and("deadlocked[pre]", notDefined));
    }
    return Logic.or(bad);
  }
}

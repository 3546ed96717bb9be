package dev.rundown.alloy;

import dev.rundown.ir.Action;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.ir.Param;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a model at given bounds into an Alloy 6 temporal model ({@link AlloyModel}): a sig per kind with
 * a {@code var} field per kind field and a {@code one sig} atom per instance, an abstract sig per enum, a
 * {@code one sig} holding the globals and one per routine or callback holding its program counter and locals;
 * a predicate per action (guard, effect in SSA form, frame); a fact that each step is exactly one action,
 * recorded in {@code Fired}, or a stutter; and per property a {@code _fails} predicate and an assertion.
 * Pure and deterministic: the same model and bounds give the same text.
 */
public final class AlloyTranslator {
  private final Symbols sym;
  private final IntWidth width = new IntWidth();
  private final StringBuilder out = new StringBuilder();
  private final List<String> preds = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final List<String> failureAtoms = new ArrayList<>();
  private final List<String> failsPreds = new ArrayList<>();
  private final List<String> asserts = new ArrayList<>();
  private final List<List<AlloyModel.Probe>> probes = new ArrayList<>();
  private final int wellDefined;
  private final int argFields;

  private AlloyTranslator(Model model, Bounds bounds) {
    this.sym = new Symbols(model, bounds);
    for (Action a : model.actions()) {
      preds.add(sym.names.fresh(a.name()));
    }
    for (Action a : model.actions()) {
      labels.add(sym.names.fresh("Fired_" + a.name()));
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
    return new AlloyTranslator(model, bounds).build();
  }

  private AlloyModel build() {
    Model model = sym.model;
    sigs();
    firedSig();
    framePreds();
    initFact();
    for (int a = 0; a < model.actions().size(); a++) {
      actionPred(a);
    }
    transitionFact();
    frameFact();
    deadlocked();
    for (int p = 0; p < model.properties().size(); p++) {
      property(p);
    }
    List<AlloyModel.VarRelation> rels = new ArrayList<>();
    sym.vars.forEach(v -> rels.add(new AlloyModel.VarRelation(v.ref(), v.hosted())));
    return new AlloyModel(model, out.toString(), width.bits(), rels, atoms(), labels, failsPreds, asserts, probes,
        Collections.unmodifiableList(new ArrayList<>(failureAtoms)), argFields);
  }

  private Map<String, Integer> atoms() {
    Map<String, Integer> atoms = new LinkedHashMap<>();
    atoms.put("False", 0);
    atoms.put("True", 1);
    for (Kind k : sym.model.kinds()) {
      List<String> inst = sym.instances(k.name());
      for (int i = 0; i < inst.size(); i++) {
        atoms.put(inst.get(i), i);
      }
    }
    for (Type.EnumType e : sym.enums()) {
      List<String> values = sym.enumValues(e.name());
      for (int i = 0; i < values.size(); i++) {
        atoms.put(values.get(i), i);
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
        cols.add((v.lone() ? "lone " : "one ") + v.valueSig());
        fields.add("var " + v.field() + ": " + String.join(" -> ", cols));
        includeInts(v.var().type());
        v.var().index().forEach(this::includeInts);
      }
    }
    return fields;
  }

  private void sigs() {
    line("abstract sig Bool {" + block(hostedFields("Bool")) + "}");
    line("one sig False, True extends Bool {}");
    for (Kind k : sym.model.kinds()) {
      line("");
      line("abstract sig " + sym.kindSig(k.name()) + " {" + block(hostedFields(sym.kindSig(k.name()))) + "}");
      line("one sig " + String.join(", ", sym.instances(k.name())) + " extends " + sym.kindSig(k.name()) + " {}");
    }
    for (Type.EnumType e : sym.enums()) {
      line("");
      line("abstract sig " + sym.enumSig(e.name()) + " {" + block(hostedFields(sym.enumSig(e.name()))) + "}");
      line("one sig " + String.join(", ", sym.enumValues(e.name())) + " extends " + sym.enumSig(e.name()) + " {}");
    }
    for (Map.Entry<String, String> owner : sym.ownerSigs.entrySet()) {
      List<String> fields = new ArrayList<>();
      for (Symbols.VarSym v : sym.vars) {
        if (owner.getValue().equals(v.ownerSig())) {
          List<String> cols = new ArrayList<>();
          v.var().index().forEach(t -> cols.add(sym.typeSig(t)));
          cols.add((v.lone() ? "lone " : "one ") + v.valueSig());
          fields.add("var " + v.field() + ": " + String.join(" -> ", cols));
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

  private void firedSig() {
    line("");
    line("-- the step leaving a state: which action, its arguments, the properties it broke");
    line("abstract sig Label {}");
    line("one sig " + String.join(", ", labels.isEmpty() ? List.of("NoAction") : labels) + " extends Label {}");
    line("abstract sig Failure {}");
    List<String> failures = failureAtoms.stream().filter(f -> f != null).toList();
    line("one sig " + String.join(", ", failures) + " extends Failure {}");
    List<String> fields = new ArrayList<>();
    fields.add("var action: lone Label");
    for (int i = 1; i <= argFields; i++) {
      fields.add("var arg" + i + ": lone univ");
    }
    fields.add("var failed: set Failure");
    line("one sig Fired {" + block(fields) + "}");
  }

  private void framePreds() {
    line("");
    List<String> stutter = new ArrayList<>();
    stutter.add("no Fired.action");
    for (int i = 1; i <= argFields; i++) {
      stutter.add("no Fired.arg" + i);
    }
    stutter.add("no Fired.failed");
    line("-- a stutter changes nothing: the frame fact below keeps every variable");
    line("pred stutter {" + body(stutter) + "}");
  }

  /** Explanation closure: a variable changes only in a step of an action that may assign it. */
  private void frameFact() {
    List<String> frame = new ArrayList<>();
    for (int v = 0; v < sym.vars.size(); v++) {
      List<String> writers = new ArrayList<>();
      for (int a = 0; a < sym.model.actions().size(); a++) {
        if (BodyTranslator.writes(sym.model.actions().get(a).body()).contains(v)) {
          writers.add(labels.get(a));
        }
      }
      String ref = sym.vars.get(v).ref();
      frame.add(writers.isEmpty()
          ? "always " + ref + "' = " + ref
          : "always (" + ref + "' = " + ref + " or some (Fired.action & (" + String.join(" + ", writers) + ")))");
    }
    line("");
    line("-- each variable changes only in a step of an action that may assign it");
    line("fact frame {" + body(frame.isEmpty() ? List.of("no none") : frame) + "}");
  }

  private void initFact() {
    List<String> init = new ArrayList<>();
    for (Symbols.VarSym v : sym.vars) {
      StateVar var = v.var();
      int value = var.init() == null ? var.type().min() : ((Expr.Const) var.init()).value();
      String text = sym.constant(var.type(), value);
      if (value < 0 && var.type() instanceof Type.KindType) {
        init.add("no " + v.ref());
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
      cols.add(text);
      init.add(v.ref() + " = " + String.join(" -> ", cols));
    }
    line("");
    line("fact init {" + body(init.isEmpty() ? List.of("no none") : init) + "}");
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
    lines.add("Fired.action = " + labels.get(a));
    for (int i = 1; i <= argFields; i++) {
      lines.add(i <= ps.names().size() ? "Fired.arg" + i + " = " + ps.names().get(i - 1) : "no Fired.arg" + i);
    }
    lines.add(Logic.text(body(ex, BodyTranslator.Mode.STEP, action).action(action.guard(), action.body(), ps.scope())));
    line("");
    line("-- " + action.actor() + " " + action.name() + (action.origin() != null && !action.origin().label().isEmpty()
        ? "  " + action.origin().label() : ""));
    line("pred " + preds.get(a) + "[" + String.join(", ", ps.decls()) + "] {" + body(lines) + "}");
  }

  private void transitionFact() {
    List<String> steps = new ArrayList<>();
    steps.add("stutter");
    for (int a = 0; a < sym.model.actions().size(); a++) {
      Action action = sym.model.actions().get(a);
      Params ps = params(action, localTranslator());
      String call = preds.get(a) + "[" + String.join(", ", ps.names()) + "]";
      steps.add(ps.decls().isEmpty()
          ? call
          : "(some " + String.join(", ", ps.decls()) + " | " + Logic.text(Logic.and(ps.ranges(), call)) + ")");
    }
    line("");
    line("fact transitions {");
    line("  always (" + String.join("\n    or ", steps) + ")");
    line("}");
    line("");
    line("-- traces end in stuttering, so a trace of n states shows violations within n - 1 steps");
    line("fact finite { eventually always stutter }");
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
    line("pred deadlocked {" + body(List.of(Logic.text(Logic.and(none)))) + "}");
  }

  private void property(int p) {
    Property prop = sym.model.properties().get(p);
    List<AlloyModel.Probe> probe = new ArrayList<>();
    String fails;
    if (prop.kind() == PropertyKind.ASSERT) {
      fails = "(" + failureAtoms.get(p) + " in Fired.failed)";
      probe.add(new AlloyModel.Probe(failsPreds.get(p), 1));
    } else if (prop.kind() == PropertyKind.WELL_DEFINED) {
      String inState = sym.names.fresh(prop.name() + "_fails_in_state");
      line("");
      line("pred " + inState + " {" + body(List.of(Logic.text(illDefinedFormulas()))) + "}");
      String inStep = "(" + failureAtoms.get(p) + " in Fired.failed)";
      fails = "(" + inStep + " or " + inState + ")";
      probe.add(new AlloyModel.Probe(inStep, 1));
      probe.add(new AlloyModel.Probe(inState, 0));
    } else {
      ExprTranslator ex = localTranslator();
      Scope s = new Scope(Math.max(prop.slots(), 1), sym.vars.size());
      fails = Logic.and(ex.defined(prop.formula(), s), Logic.not(ex.formula(prop.formula(), s)));
      if (prop.kind() != PropertyKind.INVARIANT) {
        fails = Logic.and("deadlocked", fails);
      }
      probe.add(new AlloyModel.Probe(failsPreds.get(p), 0));
    }
    probes.add(probe);
    line("");
    line("-- " + prop.kind().name().toLowerCase().replace('_', ' ') + " " + prop.name()
        + (prop.rules().isEmpty() ? "" : "  " + String.join(", ", prop.rules())));
    line("pred " + failsPreds.get(p) + " {" + body(List.of(Logic.text(fails))) + "}");
    line("assert " + asserts.get(p) + " { always not " + failsPreds.get(p) + " }");
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
      bad.add(prop.kind() == PropertyKind.INVARIANT ? notDefined : Logic.and("deadlocked", notDefined));
    }
    return Logic.or(bad);
  }
}

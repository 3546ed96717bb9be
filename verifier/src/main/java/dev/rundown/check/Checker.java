package dev.rundown.check;

import dev.rundown.check.CheckedModel.ActionDef;
import dev.rundown.check.CheckedModel.DoneDef;
import dev.rundown.check.CheckedModel.ExpectDef;
import dev.rundown.check.CheckedModel.ParamDef;
import dev.rundown.check.CheckedModel.ProcedureDef;
import dev.rundown.check.CheckedModel.ProcedureKind;
import dev.rundown.check.CheckedModel.PropertyKind;
import dev.rundown.check.Declarations.ProcKind;
import dev.rundown.check.Declarations.Signature;
import dev.rundown.check.TypedExpr.VarKind;
import dev.rundown.diag.DiagnosticCode;
import dev.rundown.diag.Diagnostics;
import dev.rundown.source.Span;
import dev.rundown.syntax.ast.Decl;
import dev.rundown.syntax.ast.Expr;
import dev.rundown.syntax.ast.Ident;
import dev.rundown.syntax.ast.ModelFile;
import dev.rundown.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names and checks types of a root file and its includes, producing a {@link CheckedModel} when
 * there are no errors. Pure function of its input; each call uses fresh state, so calls may run concurrently.
 */
public final class Checker {
  /** A body checked before the call graph is known: its typed statements and what was learnt about it. */
  private record Body(Signature sig, List<String> params, TypedExpr guard, List<TypedStmt> stmts, BodyState state) {}

  private final List<ModelFile> files;
  private final Diagnostics diags = new Diagnostics();
  private Declarations decls;
  private ExprChecker exprs;
  private PropertyTable properties;
  private StmtChecker stmts;
  private final List<BodyState.CallSite> calls = new ArrayList<>();
  private final List<ActionDef> actions = new ArrayList<>();
  private final List<ProcedureDef> routines = new ArrayList<>();
  private final Map<String, Body> apis = new LinkedHashMap<>();
  private final Map<String, Body> callbackBodies = new LinkedHashMap<>();
  private final List<ExpectDef> expects = new ArrayList<>();
  private DoneDef done;

  private Checker(List<ModelFile> files) {
    this.files = files;
  }

  /** {@code files.get(0)} is the root file; the rest are its includes (each once, in first-mention order). */
  public static CheckResult check(List<ModelFile> files) {
    return new Checker(files).run();
  }

  private CheckResult run() {
    ModelFile root = files.get(0);
    if (root.name() == null) {
      Span at = root.decls().isEmpty() ? root.span() : root.decls().get(0).span();
      diags.error(DiagnosticCode.RD219, at, "the root file must start with 'model NAME'");
    }
    checkFixedBy();
    List<Decl> all = IncludeSplicer.splice(files);
    decls = Declarations.collect(all, diags, RuleCatalog.builtIn());
    exprs = new ExprChecker(decls);
    properties = new PropertyTable(decls);
    stmts = new StmtChecker(decls, exprs, properties);
    for (Decl d : all) {
      declaration(d);
    }
    Map<String, BodyState> apiStates = new LinkedHashMap<>();
    apis.forEach((name, body) -> apiStates.put(name, body.state()));
    Map<String, Boolean> multiStep = CallGraphRule.check(apiStates, calls, diags);
    checkExpectations();
    if (diags.hasErrors()) {
      return new CheckResult(Optional.empty(), diags.list());
    }
    List<ProcedureDef> apiDefs = new ArrayList<>();
    apis.values().forEach(b -> apiDefs.add(procedure(ProcedureKind.API, b, multiStep.get(b.sig().name().name()))));
    List<ProcedureDef> callbacks = new ArrayList<>();
    for (Signature sig : decls.procedures.values()) {
      if (sig.kind() == ProcKind.CALLBACK) {
        callbacks.add(procedure(ProcedureKind.CALLBACK, callbackBodies.get(sig.name().name()), true));
      }
    }
    if (done == null) {
      done = new DoneDef(Declarations.DEFAULT_DONE, null, List.of(), root.span());
    }
    CheckedModel model = new CheckedModel(
        root.name().name(),
        sources(),
        List.copyOf(decls.actors.keySet()),
        List.copyOf(decls.enums.values()),
        decls.kindDefs(),
        List.copyOf(decls.globals.values()),
        actions,
        routines,
        apiDefs,
        callbacks,
        properties.defs(),
        done,
        expects,
        root.span());
    return new CheckResult(Optional.of(model), diags.list());
  }

  /**
   * RD230: {@code fixed by} names the fix of a buggy design, so it stands at most once, in the root file. That
   * the named file exists and includes the same rule model is checked where files are read (the pipeline).
   */
  private void checkFixedBy() {
    boolean seen = false;
    for (int i = 0; i < files.size(); i++) {
      for (Decl d : files.get(i).decls()) {
        if (d instanceof Decl.FixedBy f) {
          if (i > 0) {
            diags.error(DiagnosticCode.RD230, f.span(), "'fixed by' may stand only in a design's root file");
          } else if (seen) {
            diags.error(DiagnosticCode.RD230, f.span(), "'fixed by' given twice");
          }
          seen |= i == 0;
        }
      }
    }
  }

  private List<String> sources() {
    Set<String> out = new LinkedHashSet<>();
    files.forEach(f -> out.addAll(f.sources()));
    return List.copyOf(out);
  }

  private void declaration(Decl d) {
    Signature sig = decls.signatureOf.get(d);
    if (d instanceof Decl.Action a) {
      Body b = body(sig, sig.paramNames(), a.guard(), a.body(), sig.rules());
      actions.add(new ActionDef(sig.actor(), sig.name().name(), sig.params(), sig.rules(), b.guard(), b.stmts(), a.span()));
    } else if (d instanceof Decl.Routine r) {
      routines.add(procedure(ProcedureKind.ROUTINE, body(sig, sig.paramNames(), null, r.body(), sig.rules()), true));
    } else if (d instanceof Decl.Api a) {
      apis.putIfAbsent(sig.name().name(), body(sig, sig.paramNames(), a.guard(), a.body(), sig.rules()));
    } else if (d instanceof Decl.Callback c && c.defaultBody() != null) {
      Body b = body(sig, sig.paramNames(), null, c.defaultBody(), sig.rules());
      if (!decls.handlers.containsKey(c.name().name()) && decls.procedures.get(c.name().name()) == sig) {
        callbackBodies.put(c.name().name(), b);
      }
    } else if (d instanceof Decl.Handler h) {
      handler(h);
    } else if (d instanceof Decl.Invariant i) {
      TypedExpr formula = exprs.checkBool(i.condition(), Scope.root());
      properties.declare(PropertyKind.INVARIANT, i.name(), formula, decls.ruleIds(i.rules()), i.span());
    } else if (d instanceof Decl.AtEnd a) {
      TypedExpr formula = exprs.checkBool(a.condition(), Scope.root());
      properties.declare(PropertyKind.AT_END, a.name(), formula, decls.ruleIds(a.rules()), a.span());
    } else if (d instanceof Decl.Done dn) {
      TypedExpr cond = exprs.checkBool(dn.condition(), Scope.root());
      List<String> rules = decls.ruleIds(dn.rules());
      if (dn == decls.done) {
        done = new DoneDef(decls.doneName(), cond, rules, dn.span());
      }
    } else if (d instanceof Decl.Expect e) {
      expects.add(new ExpectDef(e.property().name(), e.holds(), e.span()));
    }
  }

  /** Checks a body with the parameters of {@code sig} named {@code names} (an {@code on} handler renames them). */
  private Body body(Signature sig, List<Ident> names, Expr guard, List<Stmt> body, List<String> rules) {
    Scope scope = Scope.root();
    for (int i = 0; i < Math.min(names.size(), sig.params().size()); i++) {
      exprs.declare(scope, names.get(i), VarKind.PARAM, sig.params().get(i).type());
    }
    TypedExpr typedGuard = guard == null ? null : exprs.checkBool(guard, scope);
    BodyState state = new BodyState(sig.kind(), sig.name().name(), sig.returns(), rules);
    List<TypedStmt> typed = stmts.checkBody(body, scope, state);
    calls.addAll(state.apiCalls);
    return new Body(sig, names.stream().map(Ident::name).toList(), typedGuard, typed, state);
  }

  private void handler(Decl.Handler h) {
    Signature sig = decls.procedures.get(h.callback().name());
    List<String> handlerRules = decls.ruleIds(h.rules());
    if (sig == null || sig.kind() != ProcKind.CALLBACK) {
      Scope scope = Scope.root();
      h.params().forEach(p -> exprs.declare(scope, p, VarKind.PARAM, ValueType.ERROR));
      stmts.checkBody(h.body(), scope, new BodyState(ProcKind.CALLBACK, h.callback().name(), List.of(), handlerRules));
      return;
    }
    Set<String> rules = new LinkedHashSet<>(sig.rules());
    rules.addAll(handlerRules);
    Body b = body(sig, h.params(), null, h.body(), List.copyOf(rules));
    if (decls.handlers.get(h.callback().name()) == h) {
      callbackBodies.put(h.callback().name(), b);
    }
  }

  private ProcedureDef procedure(ProcedureKind kind, Body b, boolean multiStep) {
    Signature sig = b.sig();
    List<ParamDef> params = new ArrayList<>();
    for (int i = 0; i < sig.params().size(); i++) {
      ParamDef p = sig.params().get(i);
      params.add(new ParamDef(b.params().get(i), p.type(), p.span()));
    }
    return new ProcedureDef(
        kind,
        sig.actor(),
        sig.name().name(),
        params,
        sig.returns(),
        b.state().rulesAround,
        b.guard(),
        b.state().locals,
        b.stmts(),
        multiStep,
        sig.decl().span());
  }

  private void checkExpectations() {
    Set<String> seen = new LinkedHashSet<>();
    for (ExpectDef e : expects) {
      if (!properties.known(e.property())) {
        diags.error(DiagnosticCode.RD209, e.span(), "no property named '" + e.property() + "'");
      } else if (!seen.add(e.property())) {
        diags.error(DiagnosticCode.RD220, e.span(), "a second 'expect' for " + e.property());
      }
    }
  }
}

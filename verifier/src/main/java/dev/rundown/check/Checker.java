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

  private List<String> sources() {
    Set<String> out = new LinkedHashSet<>();
    files.forEach(f -> out.addAll(f.sources()));
    return List.copyOf(out);
  }

  private void declaration(Decl d) {
    Signature sig = decls.signatureOf.get(d);
    if (d instanceof Decl.Action a) {
      Scope scope = params(sig, null);
      TypedExpr guard = a.guard() == null ? null : exprs.checkBool(a.guard(), scope);
      Body b = body(sig, null, guard, a.body(), scope, sig.rules());
      actions.add(new ActionDef(sig.actor(), sig.name().name(), sig.params(), sig.rules(), guard, b.stmts(), a.span()));
    } else if (d instanceof Decl.Routine r) {
      Body b = body(sig, null, null, r.body(), params(sig, null), sig.rules());
      routines.add(procedure(ProcedureKind.ROUTINE, b, true));
    } else if (d instanceof Decl.Api a) {
      Scope scope = params(sig, null);
      TypedExpr guard = a.guard() == null ? null : exprs.checkBool(a.guard(), scope);
      Body b = body(sig, null, guard, a.body(), scope, sig.rules());
      apis.putIfAbsent(sig.name().name(), b);
    } else if (d instanceof Decl.Callback c) {
      Decl.Handler handler = decls.handlers.get(c.name().name());
      if (c.defaultBody() != null) {
        Body b = body(sig, null, null, c.defaultBody(), params(sig, null), sig.rules());
        if (handler == null && decls.procedures.get(c.name().name()) == sig) {
          callbackBodies.put(c.name().name(), b);
        }
      }
    } else if (d instanceof Decl.Handler h) {
      handler(h);
    } else if (d instanceof Decl.Invariant i) {
      properties.declare(PropertyKind.INVARIANT, i.name(), exprs.checkBool(i.condition(), Scope.root()), decls.ruleIds(i.rules()), i.span());
    } else if (d instanceof Decl.AtEnd a) {
      properties.declare(PropertyKind.AT_END, a.name(), exprs.checkBool(a.condition(), Scope.root()), decls.ruleIds(a.rules()), a.span());
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

  /** A scope holding the parameters of {@code sig}, named by {@code names} when given (an {@code on} handler). */
  private Scope params(Signature sig, List<Ident> names) {
    Scope scope = Scope.root();
    for (int i = 0; i < sig.params().size(); i++) {
      ParamDef p = sig.params().get(i);
      if (names == null) {
        exprs.declare(scope, paramIdent(sig.decl(), i), VarKind.PARAM, p.type());
      } else if (i < names.size()) {
        exprs.declare(scope, names.get(i), VarKind.PARAM, p.type());
      }
    }
    return scope;
  }

  private static Ident paramIdent(Decl decl, int i) {
    if (decl instanceof Decl.Action a) {
      return a.params().get(i).name();
    }
    if (decl instanceof Decl.Routine r) {
      return r.params().get(i).name();
    }
    if (decl instanceof Decl.Api a) {
      return a.params().get(i).name();
    }
    return ((Decl.Callback) decl).params().get(i).name();
  }

  private Body body(Signature sig, List<String> names, TypedExpr guard, List<Stmt> body, Scope scope, List<String> rules) {
    BodyState state = new BodyState(sig.kind(), sig.name().name(), sig.returns(), rules);
    List<TypedStmt> typed = stmts.checkBody(body, scope, state);
    calls.addAll(state.apiCalls);
    List<String> paramNames = names != null ? names : sig.params().stream().map(ParamDef::name).toList();
    return new Body(sig, paramNames, guard, typed, state);
  }

  private void handler(Decl.Handler h) {
    Declarations.Signature sig = decls.procedures.get(h.callback().name());
    List<String> handlerRules = decls.ruleIds(h.rules());
    if (sig == null || sig.kind() != ProcKind.CALLBACK) {
      Scope scope = Scope.root();
      h.params().forEach(p -> exprs.declare(scope, p, VarKind.PARAM, ValueType.ERROR));
      BodyState state = new BodyState(ProcKind.CALLBACK, h.callback().name(), List.of(), handlerRules);
      stmts.checkBody(h.body(), scope, state);
      return;
    }
    Set<String> rules = new LinkedHashSet<>(sig.rules());
    rules.addAll(handlerRules);
    List<String> names = h.params().stream().map(Ident::name).toList();
    Body b = body(sig, names, null, h.body(), params(sig, h.params()), List.copyOf(rules));
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

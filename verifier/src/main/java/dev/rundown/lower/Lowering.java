package dev.rundown.lower;

import dev.rundown.check.CheckedModel;
import dev.rundown.check.CheckedModel.ActionDef;
import dev.rundown.check.CheckedModel.KindDef;
import dev.rundown.check.CheckedModel.ParamDef;
import dev.rundown.check.CheckedModel.ProcedureDef;
import dev.rundown.check.CheckedModel.VarDef;
import dev.rundown.ir.Action;
import dev.rundown.ir.Expectation;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.ir.Origin;
import dev.rundown.ir.Param;
import dev.rundown.ir.Property;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a checked model to the IR: kinds, fields and globals become state variables; actions become IR
 * actions with single-step operations inlined; routines and callbacks become one action per step over a program
 * counter (see {@link ProcedureCompiler}). A pure function: the same input gives an equal model.
 */
public final class Lowering {
  private final LowerContext ctx;
  private final StepLowering steps;

  private Lowering(CheckedModel model) {
    this.ctx = new LowerContext(model);
    this.steps = new StepLowering(ctx);
  }

  public static Model lower(CheckedModel model) {
    return new Lowering(model).run();
  }

  private Model run() {
    CheckedModel m = ctx.model;
    List<Kind> kinds = new ArrayList<>();
    for (KindDef k : m.kinds()) {
      kinds.add(new Kind(k.name(), k.bound(), k.symmetric(), k.span()));
      Type index = new Type.KindType(k.name(), false);
      for (VarDef f : k.fields()) {
        ctx.vars.add(stateVar(f, k.name(), VarRole.FIELD, List.of(index)));
      }
    }
    for (VarDef g : m.globals()) {
      ctx.vars.add(stateVar(g, "", VarRole.GLOBAL, List.of()));
    }
    PropertyLowering properties = new PropertyLowering(ctx);
    List<Action> actions = new ArrayList<>();
    for (ActionDef a : m.actions()) {
      actions.add(action(a));
    }
    List<ProcedureCompiler> routines = new ArrayList<>();
    List<ProcedureCompiler> all = new ArrayList<>();
    for (ProcedureDef r : m.routines()) {
      ProcedureCompiler c = new ProcedureCompiler(ctx, r);
      c.plan();
      routines.add(c);
      all.add(c);
    }
    for (ProcedureDef cb : m.callbacks()) {
      ProcedureCompiler c = new ProcedureCompiler(ctx, cb);
      c.plan();
      ctx.callbacks.put(cb.name(), c);
      all.add(c);
    }
    for (ProcedureCompiler c : all) {
      actions.addAll(c.actions());
    }
    List<Property> props = properties.finish(routines);
    List<Expectation> expectations = new ArrayList<>();
    m.expectations().forEach(e -> expectations.add(new Expectation(e.property(), e.holds(), e.span())));
    return new Model(m.name(), m.sources(), kinds, ctx.vars.list(), m.actors(), actions, props, expectations, m.span());
  }

  private static StateVar stateVar(VarDef v, String owner, VarRole role, List<Type> index) {
    Type type = Types.of(v.type());
    Expr.Const init = new Expr.Const(type, v.init().value(), v.init().span());
    return new StateVar(v.name(), owner, role, index, type, init, v.span());
  }

  private Action action(ActionDef a) {
    StepState st = new StepState(a.params().size(), Owner.model());
    List<Param> params = new ArrayList<>();
    Env env = Env.empty();
    for (int i = 0; i < a.params().size(); i++) {
      ParamDef p = a.params().get(i);
      Type t = Types.of(p.type());
      params.add(new Param(p.name(), t, i));
      env = env.with(p.name(), new Expr.Bound(i, p.name(), t, p.span()));
    }
    Expr guard = a.guard() == null ? Types.bool(true, a.span()) : ctx.exprs.lower(a.guard(), env, st.slots);
    steps.declareInlinedLocals(a.body(), st.owner);
    Frame noReturn = (values, state) -> {
      throw new IllegalStateException("return in action " + a.name());
    };
    var body = steps.seq(a.body(), List.of(), noReturn, env, st, true);
    return new Action(
        a.name(),
        a.actor(),
        params,
        st.guard(guard),
        body,
        st.slots.total(),
        a.rules(),
        new Origin(Origin.OriginKind.ACTION, a.name(), ""),
        a.span());
  }
}

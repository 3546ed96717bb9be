package dev.rundown.lower;

import dev.rundown.check.CheckedModel;
import dev.rundown.check.CheckedModel.DoneDef;
import dev.rundown.check.CheckedModel.PropertyDef;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The properties of a model in their fixed order: invariants, asserts and at-end properties in order of first
 * appearance, then the one HANG property, then {@code WellDefined}. Indices are known before any action is lowered.
 */
final class PropertyLowering {
  static final String WELL_DEFINED = "WellDefined";

  private final LowerContext ctx;
  private final List<Property> properties = new ArrayList<>();

  /** Lowers the declared properties and registers every property index (HANG and WELL_DEFINED come last). */
  PropertyLowering(LowerContext ctx) {
    this.ctx = ctx;
    CheckedModel m = ctx.model;
    for (PropertyDef p : m.properties()) {
      ctx.properties.put(p.name(), ctx.properties.size());
      PropertyKind kind = switch (p.kind()) {
        case INVARIANT -> PropertyKind.INVARIANT;
        case ASSERT -> PropertyKind.ASSERT;
        case AT_END -> PropertyKind.AT_END;
      };
      Slots slots = new Slots(0);
      Expr formula = p.formula() == null ? null : ctx.exprs.lower(p.formula(), Env.empty(), slots);
      properties.add(new Property(p.name(), kind, formula, slots.total(), p.rules(), p.span()));
    }
    ctx.properties.put(m.done().name(), ctx.properties.size());
    ctx.properties.put(WELL_DEFINED, ctx.properties.size() + 1);
  }

  /** All properties, once the routines' program counters exist. */
  List<Property> finish(List<ProcedureCompiler> routines) {
    DoneDef done = ctx.model.done();
    Slots slots = new Slots(0);
    Expr formula = done.condition() != null ? ctx.exprs.lower(done.condition(), Env.empty(), slots) : allDone(routines, slots);
    List<Property> out = new ArrayList<>(properties);
    out.add(new Property(done.name(), PropertyKind.HANG, formula, slots.total(), done.rules(), done.span()));
    out.add(new Property(WELL_DEFINED, PropertyKind.WELL_DEFINED, null, 0, List.of(), ctx.model.span()));
    return out;
  }

  /** Every instance of every routine has pc == done: {@code all p1: T1 | … pc[p1, …] == done}, and-ed over routines. */
  private Expr allDone(List<ProcedureCompiler> routines, Slots slots) {
    Expr out = Types.bool(true, Span.NONE);
    int needed = 0;
    for (ProcedureCompiler r : routines) {
      StateVar pc = ctx.vars.get(r.pcVar);
      List<Type> types = pc.index();
      List<Expr> index = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        index.add(new Expr.Bound(i, r.proc.params().get(i).name(), types.get(i), r.proc.span()));
      }
      Expr body = new Expr.Binary(
          Expr.BinaryOp.EQ,
          new Expr.Read(r.pcVar, index, pc.type(), r.proc.span()),
          r.pcConst(r.finished(), r.proc.span()),
          Type.BOOL,
          r.proc.span());
      for (int i = types.size() - 1; i >= 0; i--) {
        String name = r.proc.params().get(i).name();
        body = new Expr.Quantified(Expr.Quantifier.ALL, i, name, types.get(i), body, Type.BOOL, r.proc.span());
      }
      needed = Math.max(needed, types.size());
      out = Types.and(out, body);
    }
    while (slots.total() < needed) {
      slots.fresh();
    }
    return out;
  }
}

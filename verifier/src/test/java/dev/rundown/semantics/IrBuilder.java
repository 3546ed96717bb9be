package dev.rundown.semantics;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.ir.Origin;
import dev.rundown.ir.Param;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds IR models by hand for tests (the parser and lowering are written elsewhere). Mutable while
 * building; {@link #build()} adds WellDefined and a trivially true NoHang when the model has none.
 */
public final class IrBuilder {
  private static final Span S = Span.NONE;

  private final String name;
  private final List<Kind> kinds = new ArrayList<>();
  private final List<StateVar> vars = new ArrayList<>();
  private final List<Action> actions = new ArrayList<>();
  private final List<Property> properties = new ArrayList<>();

  public IrBuilder(String name) {
    this.name = name;
  }

  public Type.KindType kind(String kind, int defaultBound, boolean symmetric) {
    kinds.add(new Kind(kind, defaultBound, symmetric, S));
    return new Type.KindType(kind, false);
  }

  public static Type.EnumType enumType(String name, String... values) {
    return new Type.EnumType(name, Arrays.asList(values));
  }

  public static Type.IntType range(int lo, int hi) {
    return new Type.IntType(lo, hi);
  }

  public int field(Type.KindType kind, String field, Type type, int init) {
    return var(field, kind.kind(), VarRole.FIELD, List.of(kind), type, init);
  }

  public int global(String global, Type type, int init) {
    return var(global, "", VarRole.GLOBAL, List.of(), type, init);
  }

  public int var(String var, String owner, VarRole role, List<Type> index, Type type, int init) {
    vars.add(new StateVar(var, owner, role, index, type, new Expr.Const(type, init, S), S));
    return vars.size() - 1;
  }

  public int property(String property, PropertyKind kind, Expr formula, int slots) {
    properties.add(new Property(property, kind, formula, slots, List.of("R-" + properties.size()), S));
    return properties.size() - 1;
  }

  public int assertion(String property) {
    return property(property, PropertyKind.ASSERT, null, 0);
  }

  /** An action with parameters in slots 0.. and {@code slots} environment slots in all. */
  public void action(String actor, String action, List<Type> params, Expr guard, int slots, Stmt... body) {
    List<Param> ps = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      ps.add(new Param("p" + i, params.get(i), i));
    }
    actions.add(new Action(action, actor, ps, guard, List.of(body), Math.max(slots, params.size()), List.of(),
        new Origin(Origin.OriginKind.ACTION, action, ""), S));
  }

  public Model build() {
    List<Property> ps = new ArrayList<>(properties);
    if (ps.stream().noneMatch(p -> p.kind() == PropertyKind.HANG)) {
      ps.add(new Property("NoHang", PropertyKind.HANG, TRUE, 0, List.of(), S));
    }
    if (ps.stream().noneMatch(p -> p.kind() == PropertyKind.WELL_DEFINED)) {
      ps.add(new Property("WellDefined", PropertyKind.WELL_DEFINED, null, 0, List.of(), S));
    }
    List<String> actors = new ArrayList<>();
    actions.forEach(a -> {
      if (!actors.contains(a.actor())) {
        actors.add(a.actor());
      }
    });
    return new Model(name, List.of(), kinds, vars, actors, actions, ps, List.of(), S);
  }

  public Type typeOf(int var) {
    return vars.get(var).type();
  }

  // Expressions and statements.

  public static final Expr TRUE = new Expr.Const(Type.BOOL, 1, S);
  public static final Expr FALSE = new Expr.Const(Type.BOOL, 0, S);

  public static Expr c(Type type, int value) {
    return new Expr.Const(type, value, S);
  }

  public static Expr num(int value) {
    return new Expr.Const(Type.INT, value, S);
  }

  public static Expr none(Type.KindType kind) {
    return new Expr.Const(kind.asOptional(), -1, S);
  }

  public static Expr bound(int slot, Type type) {
    return new Expr.Bound(slot, "x" + slot, type, S);
  }

  public Expr read(int var, Expr... index) {
    return new Expr.Read(var, List.of(index), typeOf(var), S);
  }

  public static Expr not(Expr e) {
    return new Expr.Unary(Expr.UnaryOp.NOT, e, Type.BOOL, S);
  }

  public static Expr neg(Expr e) {
    return new Expr.Unary(Expr.UnaryOp.NEG, e, Type.INT, S);
  }

  public static Expr bin(Expr.BinaryOp op, Expr a, Expr b) {
    Type t = op == Expr.BinaryOp.ADD || op == Expr.BinaryOp.SUB ? Type.INT : Type.BOOL;
    return new Expr.Binary(op, a, b, t, S);
  }

  public static Expr eq(Expr a, Expr b) {
    return bin(Expr.BinaryOp.EQ, a, b);
  }

  public static Expr ne(Expr a, Expr b) {
    return bin(Expr.BinaryOp.NE, a, b);
  }

  public static Expr and(Expr a, Expr b) {
    return bin(Expr.BinaryOp.AND, a, b);
  }

  public static Expr or(Expr a, Expr b) {
    return bin(Expr.BinaryOp.OR, a, b);
  }

  public static Expr implies(Expr a, Expr b) {
    return bin(Expr.BinaryOp.IMPLIES, a, b);
  }

  public static Expr add(Expr a, Expr b) {
    return bin(Expr.BinaryOp.ADD, a, b);
  }

  public static Expr sub(Expr a, Expr b) {
    return bin(Expr.BinaryOp.SUB, a, b);
  }

  public static Expr in(Expr e, Expr... set) {
    return new Expr.In(e, List.of(set), S);
  }

  public static Expr quant(Expr.Quantifier q, int slot, Type domain, Expr body) {
    return new Expr.Quantified(q, slot, "q" + slot, domain, body,
        q == Expr.Quantifier.COUNT ? Type.INT : Type.BOOL, S);
  }

  public static Stmt assign(int var, Expr value, Expr... index) {
    return new Stmt.Assign(var, List.of(index), value, S);
  }

  public static Stmt when(Expr condition, List<Stmt> then, List<Stmt> otherwise) {
    return new Stmt.If(condition, then, otherwise, S);
  }

  public static Stmt forEach(int slot, Type domain, Stmt... body) {
    return new Stmt.For(slot, "f" + slot, domain, List.of(body), S);
  }

  public static Stmt.Branch branch(Expr guard, Stmt... body) {
    return new Stmt.Branch(guard, List.of(body), S);
  }

  public static Stmt either(Stmt.Branch... branches) {
    return new Stmt.Either(List.of(branches), S);
  }

  public static Stmt choose(int slot, Type domain, Expr where, Stmt... body) {
    return new Stmt.Choose(slot, "c" + slot, domain, where, List.of(body), S);
  }

  public static Stmt let(int slot, Expr value, Stmt... body) {
    return new Stmt.Let(slot, "l" + slot, value, List.of(body), S);
  }

  public static Stmt check(Expr condition, int property) {
    return new Stmt.Assert(condition, property, S);
  }
}

package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Origin;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the IR for actions, kinds, variables and properties. */
class LoweringTest {
  @Test
  void plusAssignLowersToAssignOfAdd() {
    Lowered l = Lowered.of("""
        model M
        actors a
        var x: 0..5
        kind K { n: 0..3 }
        action a inc(k: K) do x += 2; k.n -= 1
        """);
    List<Stmt> body = l.action("inc").body();
    Stmt.Assign inc = assertInstanceOf(Stmt.Assign.class, body.get(0));
    assertEquals(l.var("", "x"), inc.var());
    Expr.Binary add = assertInstanceOf(Expr.Binary.class, inc.value());
    assertEquals(Expr.BinaryOp.ADD, add.op());
    assertEquals(l.var("", "x"), assertInstanceOf(Expr.Read.class, add.left()).var());
    assertEquals(2, assertInstanceOf(Expr.Const.class, add.right()).value());
    Stmt.Assign dec = assertInstanceOf(Stmt.Assign.class, body.get(1));
    assertEquals(l.var("K", "n"), dec.var());
    assertEquals(Expr.BinaryOp.SUB, assertInstanceOf(Expr.Binary.class, dec.value()).op());
    assertEquals(List.of(new Expr.Bound(0, "k", new Type.KindType("K", false), dec.index().get(0).span())), dec.index());
  }

  @Test
  void kindsFieldsAndGlobalsBecomeStateVariablesWithDefaults() {
    Lowered l = Lowered.of("""
        model M
        actors a
        enum E { First, Second }
        kind A { b: bool; r: 2..4; e: E; ref: B?; set: E = Second }
        symmetric kind B[3] {}
        kind C[5] {}
        bound C = 1
        var g: 1..3
        """);
    assertEquals(List.of("A", "B", "C"), l.model.kinds().stream().map(k -> k.name()).toList());
    assertEquals(List.of(2, 3, 1), l.model.kinds().stream().map(k -> k.defaultBound()).toList());
    assertEquals(List.of(false, true, false), l.model.kinds().stream().map(k -> k.symmetric()).toList());
    StateVar b = l.stateVar("A", "b");
    assertEquals(VarRole.FIELD, b.role());
    assertEquals(List.of(new Type.KindType("A", false)), b.index());
    assertEquals(List.of(0, 2, 0, -1, 1), List.of("b", "r", "e", "ref", "set").stream()
        .map(f -> ((Expr.Const) l.stateVar("A", f).init()).value()).toList());
    StateVar g = l.stateVar("", "g");
    assertEquals(VarRole.GLOBAL, g.role());
    assertEquals(List.of(), g.index());
    assertEquals(new Type.IntType(1, 3), g.type());
    assertEquals(1, ((Expr.Const) g.init()).value());
  }

  @Test
  void actionsKeepTheirGuardRulesAndOrigin() {
    Lowered l = Lowered.of("""
        model M
        actors app
        kind K { up: bool }
        action app flip(k: K, n: 0..1) rule CAN-1, CAN-2
          when not k.up and (all j: K | j.up or n == 0)
          do k.up := true
             for j in K { choose i: K where i != j { skip } }
        action app idle() do skip
        """);
    Action flip = l.action("flip");
    assertEquals(List.of("CAN-1", "CAN-2"), flip.rules());
    assertEquals(new Origin(Origin.OriginKind.ACTION, "flip", ""), flip.origin());
    assertEquals("app", flip.actor());
    assertEquals(List.of("k", "n"), flip.params().stream().map(p -> p.name()).toList());
    assertEquals(5, flip.slots(), "2 params, quantifier, for, choose");
    assertInstanceOf(Expr.Binary.class, flip.guard());
    Action idle = l.action("idle");
    assertEquals(new Expr.Const(Type.BOOL, 1, idle.guard().span()), idle.guard());
    assertEquals(List.of(), idle.body());
    assertEquals(0, idle.slots());
  }

  @Test
  void propertiesComeInOrderOfFirstAppearanceThenHangThenWellDefined() {
    Lowered l = Lowered.of("""
        model M
        actors a
        var x: bool
        invariant First: true rule CAN-1
        action a one() rule CAN-2 do assert x as Shared rule CAN-3
        at end Ending: not x
        api Op() rule CAN-4
          assert not x as Shared
          assert x as Other rule CAN-5
        action a two() rule CAN-6 do assert x as Shared rule CAN-3, CAN-7
        invariant Last: x
        """);
    List<Property> ps = l.model.properties();
    assertEquals(List.of("First", "Shared", "Ending", "Other", "Last", "NoHang", "WellDefined"),
        ps.stream().map(Property::name).toList());
    assertEquals(List.of(PropertyKind.INVARIANT, PropertyKind.ASSERT, PropertyKind.AT_END, PropertyKind.ASSERT,
        PropertyKind.INVARIANT, PropertyKind.HANG, PropertyKind.WELL_DEFINED), ps.stream().map(Property::kind).toList());
    assertEquals(List.of("CAN-3", "CAN-2", "CAN-4", "CAN-7", "CAN-6"), ps.get(1).rules());
    assertEquals(List.of("CAN-5", "CAN-4"), ps.get(3).rules());
    Stmt.Assert a = assertInstanceOf(Stmt.Assert.class, l.action("two").body().get(0));
    assertEquals(1, a.property());
    assertEquals(new Expr.Const(Type.BOOL, 1, ps.get(5).formula().span()), ps.get(5).formula(), "no routines: true");
    assertEquals(null, ps.get(6).formula());
  }

  @Test
  void doneNamesTheHangProperty() {
    Lowered l = Lowered.of("""
        model M
        actors a
        kind K { up: bool }
        done Finished: all k: K | k.up rule CAN-1
        expect Finished violated
        """);
    Property hang = l.model.properties().get(0);
    assertEquals("Finished", hang.name());
    assertEquals(PropertyKind.HANG, hang.kind());
    assertEquals(1, hang.slots());
    assertEquals(List.of("CAN-1"), hang.rules());
    assertEquals("Finished", l.model.expectations().get(0).property());
    assertFalse(l.model.expectations().get(0).holds());
  }

  @Test
  void defaultHangFormulaQuantifiesOverEveryRoutinesParameters() {
    Lowered l = Lowered.of("""
        model M
        actors a
        kind K {}
        routine a R(k: K, b: bool) { skip }
        routine a S() { skip }
        callback a C(k: K) { skip }
        """);
    Property hang = l.model.properties().get(0);
    assertEquals("NoHang", hang.name());
    assertEquals(2, hang.slots());
    Expr.Binary and = assertInstanceOf(Expr.Binary.class, hang.formula());
    Expr.Quantified all = assertInstanceOf(Expr.Quantified.class, and.left());
    assertEquals(Expr.Quantifier.ALL, all.quantifier());
    assertEquals(new Type.KindType("K", false), all.domain());
    Expr.Quantified inner = assertInstanceOf(Expr.Quantified.class, all.body());
    assertEquals(Type.BOOL, inner.domain());
    Expr.Binary eq = assertInstanceOf(Expr.Binary.class, inner.body());
    assertEquals(l.var("R", "pc"), assertInstanceOf(Expr.Read.class, eq.left()).var());
    assertEquals(1, ((Expr.Const) eq.right()).value(), "done is after s1");
    Expr.Binary s = assertInstanceOf(Expr.Binary.class, and.right());
    assertEquals(l.var("S", "pc"), assertInstanceOf(Expr.Read.class, s.left()).var());
  }

  @Test
  void loweringIsDeterministic() {
    String text = """
        model M
        actors a
        kind K { n: 0..2; r: K? }
        api Op(k: K?) returns bool
          either when k != none { k.n := 1; return true } or { return false }
        callback a Cb(k: K) returns bool { return k.n == 0 }
        routine a R(k: K) {
          local ok: bool
          for j in K where j.n == 0 { ok := call Op(j.r) }
          ok := call Cb(k)
        }
        """;
    assertEquals(Lowered.of(text).model, Lowered.of(text).model);
  }
}

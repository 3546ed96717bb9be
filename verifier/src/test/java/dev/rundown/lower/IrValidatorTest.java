package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.IrValidator;
import dev.rundown.ir.Model;
import dev.rundown.ir.Property;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The validator accepts a lowered model and rejects each kind of structural damage done to it. */
class IrValidatorTest {
  private static final Model GOOD = Lowered.of("""
      model M
      actors drv
      kind K { n: 0..3 }
      var g: bool
      action drv a(k: K) do k.n := 1; assert g as Checked
      """).model;

  private static List<String> problems(UnaryOperator<Action> change) {
    List<Action> actions = new ArrayList<>(GOOD.actions());
    actions.set(0, change.apply(actions.get(0)));
    return IrValidator.validate(withActions(actions));
  }

  private static Model withActions(List<Action> actions) {
    return new Model(GOOD.name(), GOOD.sources(), GOOD.kinds(), GOOD.vars(), GOOD.actors(), actions, GOOD.properties(),
        GOOD.expectations(), GOOD.span());
  }

  private static Model withProperties(List<Property> properties) {
    return new Model(GOOD.name(), GOOD.sources(), GOOD.kinds(), GOOD.vars(), GOOD.actors(), GOOD.actions(), properties,
        GOOD.expectations(), GOOD.span());
  }

  private static Action body(Action a, List<Stmt> body) {
    return new Action(a.name(), a.actor(), a.params(), a.guard(), body, a.slots(), a.rules(), a.origin(), a.span());
  }

  private static Expr bound(int slot) {
    return new Expr.Bound(slot, "k", new Type.KindType("K", false), Span.NONE);
  }

  @Test
  void aLoweredModelIsValid() {
    assertEquals(List.of(), IrValidator.validate(GOOD));
  }

  @Test
  void variableIndexOutOfRange() {
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assign(99, List.of(), new Expr.Const(Type.BOOL, 1, Span.NONE), Span.NONE)))).isEmpty());
  }

  @Test
  void wrongIndexArityOrType() {
    Expr one = new Expr.Const(new Type.IntType(0, 3), 1, Span.NONE);
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assign(0, List.of(), one, Span.NONE)))).isEmpty());
    Expr notAnInstance = new Expr.Const(Type.BOOL, 1, Span.NONE);
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assign(0, List.of(notAnInstance), one, Span.NONE)))).isEmpty());
  }

  @Test
  void slotOutsideTheEnvironmentOrNotBound() {
    Expr one = new Expr.Const(new Type.IntType(0, 3), 1, Span.NONE);
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assign(0, List.of(bound(5)), one, Span.NONE)))).isEmpty());
    Action wide = new Action("a", "drv", GOOD.actions().get(0).params(), GOOD.actions().get(0).guard(),
        List.of(new Stmt.Assign(0, List.of(bound(1)), one, Span.NONE)), 2, List.of(), GOOD.actions().get(0).origin(), Span.NONE);
    assertFalse(IrValidator.validate(withActions(List.of(wide))).isEmpty(), "slot 1 is in range but bound by nothing");
  }

  @Test
  void constantOutsideItsType() {
    Expr five = new Expr.Const(new Type.IntType(0, 3), 5, Span.NONE);
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assign(0, List.of(bound(0)), five, Span.NONE)))).isEmpty());
  }

  @Test
  void assertMustNameAnAssertProperty() {
    int hang = GOOD.propertyIndex("NoHang");
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assert(new Expr.Const(Type.BOOL, 1, Span.NONE), hang, Span.NONE)))).isEmpty());
    assertFalse(problems(a -> body(a, List.of(new Stmt.Assert(new Expr.Const(Type.BOOL, 1, Span.NONE), 42, Span.NONE)))).isEmpty());
  }

  @Test
  void conditionsMustBeBool() {
    assertFalse(problems(a -> new Action(a.name(), a.actor(), a.params(), new Expr.Const(Type.INT, 1, Span.NONE), a.body(),
        a.slots(), a.rules(), a.origin(), a.span())).isEmpty());
  }

  @Test
  void exactlyOneHangAndOneWellDefined() {
    List<Property> ps = new ArrayList<>(GOOD.properties());
    ps.removeIf(p -> p.kind() == PropertyKind.HANG);
    assertTrue(IrValidator.validate(withProperties(ps)).stream().anyMatch(s -> s.contains("HANG")));
    List<Property> twice = new ArrayList<>(GOOD.properties());
    Property wd = twice.get(twice.size() - 1);
    twice.add(new Property("Other", wd.kind(), null, 0, List.of(), wd.span()));
    assertTrue(IrValidator.validate(withProperties(twice)).stream().anyMatch(s -> s.contains("WELL_DEFINED")));
  }

  @Test
  void duplicateNames() {
    List<Action> actions = new ArrayList<>(GOOD.actions());
    actions.add(GOOD.actions().get(0));
    assertFalse(IrValidator.validate(withActions(actions)).isEmpty());
    List<StateVar> vars = new ArrayList<>(GOOD.vars());
    vars.add(GOOD.vars().get(0));
    Model m = new Model(GOOD.name(), GOOD.sources(), GOOD.kinds(), vars, GOOD.actors(), GOOD.actions(), GOOD.properties(),
        GOOD.expectations(), GOOD.span());
    assertFalse(IrValidator.validate(m).isEmpty());
  }
}

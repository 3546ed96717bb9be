package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.ir.Action;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Origin;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routines and callbacks: program counters, step actions, hidden locals, call protocols. */
class RoutineLoweringTest {
  private static Type.EnumType pcType(Lowered l, String owner) {
    return (Type.EnumType) l.stateVar(owner, "pc").type();
  }

  @Test
  void eachStatementIsAStepOverTheProgramCounter() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        kind S { open: bool }
        var n: 0..3
        routine drv R(s: S) rule CAN-1 {
          local x: 0..3
          local y: bool = true
          await s.open
          if x == 0 { x := 1 } else { skip }
          while x > 0 { x -= 1 }
          assert x == 0 as Zero
        }
        """);
    StateVar pc = l.stateVar("R", "pc");
    assertEquals(VarRole.PC, pc.role());
    assertEquals(List.of(new Type.KindType("S", false)), pc.index());
    assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "done"), pcType(l, "R").values());
    assertEquals("R.pc", pcType(l, "R").name());
    assertEquals(0, ((Expr.Const) pc.init()).value());
    assertEquals(List.of("R.1", "R.2", "R.3", "R.4", "R.5", "R.6", "R.7", "R.8"), l.actionNames());
    StateVar x = l.stateVar("R", "x");
    assertEquals(VarRole.LOCAL, x.role());
    assertEquals(pc.index(), x.index());
    Action first = l.action("R.1");
    assertEquals("drv", first.actor());
    assertEquals(List.of("CAN-1"), first.rules());
    assertEquals(new Origin(Origin.OriginKind.ROUTINE_STEP, "R", "line 7: local y: bool = true"), first.origin());
    assertEquals("line 8: await s.open", l.action("R.2").origin().label());
    assertEquals("line 9: if x == 0", l.action("R.3").origin().label());
    assertEquals("line 10: while x > 0", l.action("R.6").origin().label());
    assertTrue(l.text("R.2").contains("when ((R.pc[s#0] == s2) and S.open[s#0])"), l.text("R.2"));
    assertTrue(l.text("R.3").contains("R.pc[s#0] := s4\n  } else {\n    R.pc[s#0] := s5"), l.text("R.3"));
    assertTrue(l.text("R.5").contains("R.pc[s#0] := s6"), "skip jumps past the if");
    assertTrue(l.text("R.6").contains("R.pc[s#0] := s7\n  } else {\n    R.pc[s#0] := s8"), l.text("R.6"));
    assertTrue(l.text("R.7").contains("R.pc[s#0] := s6"), "loop body jumps back to the test");
    assertTrue(l.text("R.8").contains("R.pc[s#0] := done"), l.text("R.8"));
  }

  @Test
  void labelsShowSimpleStatementsWholeAndCompoundOnesUpToTheirHeader() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        enum E { A, B, C }
        var e: E
        routine drv R() {
          assert e in {A, B} as InAB
          if e in {A} { e := B }
          either when e in {B, C} { skip } or { skip }
          atomic { e := C }
        }
        """);
    assertEquals("line 6: assert e in {A, B} as InAB", l.action("R.1").origin().label());
    assertEquals("line 7: if e in {A}", l.action("R.2").origin().label());
    assertEquals("line 8: either when e in {B, C}", l.action("R.4").origin().label());
    assertEquals("line 9: atomic", l.action("R.7").origin().label());
  }

  @Test
  void anEmptyRoutineStartsDone() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        routine drv R() { local x: bool }
        """);
    assertEquals(List.of("done"), pcType(l, "R").values());
    assertEquals(List.of(), l.actionNames());
  }

  @Test
  void returnJumpsToDone() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        var g: bool
        routine drv R() {
          if g { return }
          g := true
          atomic { if g { return } ; g := false }
        }
        """);
    assertTrue(l.text("R.2").contains("R.pc := done"), l.text("R.2"));
    assertTrue(l.text("R.4").contains("if g {\n    R.pc := done\n  } else {\n    g := false\n    R.pc := done"), l.text("R.4"));
  }

  @Test
  void forLoopMarksThenPicksAnyMarkedInstance() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        kind K { n: 0..1 }
        routine drv R(b: bool) {
          skip
          for k in K where k.n == 0 { k.n := 1 }
        }
        """);
    StateVar current = l.stateVar("R", "k$2");
    assertEquals(VarRole.LOCAL, current.role());
    assertEquals(List.of(Type.BOOL), current.index());
    assertEquals(new Type.KindType("K", false), current.type());
    StateVar todo = l.stateVar("R", "k$2$todo");
    assertEquals(List.of(Type.BOOL, new Type.KindType("K", false)), todo.index());
    assertEquals(Type.BOOL, todo.type());
    assertEquals(List.of("R.1", "R.2", "R.3", "R.4"), l.actionNames());
    assertTrue(l.text("R.2").contains("for k#1 in K {\n    R.k$2$todo[b#0, k#1] := (K.n[k#1] == 0)\n  }\n  R.pc[b#0] := s3"), l.text("R.2"));
    assertEquals("line 6: for k in K where k.n == 0 (next)", l.action("R.3").origin().label());
    Stmt.If pick = assertInstanceOf(Stmt.If.class, l.action("R.3").body().get(0));
    Expr.Quantified some = assertInstanceOf(Expr.Quantified.class, pick.condition());
    assertEquals(Expr.Quantifier.SOME, some.quantifier());
    Stmt.Choose choose = assertInstanceOf(Stmt.Choose.class, pick.then().get(0));
    assertEquals(l.var("R", "k$2$todo"), assertInstanceOf(Expr.Read.class, choose.where()).var());
    assertTrue(l.text("R.3").contains("R.k$2[b#0] := k#2\n      R.pc[b#0] := s4"), l.text("R.3"));
    assertTrue(l.text("R.3").contains("} else {\n    R.k$2[b#0] := K1\n    R.pc[b#0] := done"), l.text("R.3"));
    assertTrue(l.text("R.4").contains("K.n[R.k$2[b#0]] := 1\n  R.k$2[b#0] := K1\n  R.pc[b#0] := s3"), "the pick step writes the loop variable before reading it: dead, so reset");
  }

  @Test
  void chooseAndEitherPickInOneStep() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        kind K { n: 0..1 }
        routine drv R() {
          choose k: K where k.n == 0 { k.n := 1 }
          either when true { skip } or { return }
        }
        """);
    assertTrue(l.text("R.1").contains("choose k#0: K where (K.n[k#0] == 0) {\n    R.k$1 := k#0\n    R.pc := s2"), l.text("R.1"));
    assertTrue(l.text("R.2").contains("K.n[R.k$1] := 1"), l.text("R.2"));
    Stmt.Either either = assertInstanceOf(Stmt.Either.class, l.action("R.3").body().get(0));
    assertEquals(2, either.branches().size());
    assertTrue(l.text("R.3").contains("branch when true {\n      R.pc := s4"), l.text("R.3"));
    assertTrue(l.text("R.3").contains("branch {\n      R.pc := s5"), l.text("R.3"));
    assertTrue(l.text("R.5").contains("R.pc := done"));
  }

  @Test
  void singleStepCallIsOneStepWithTheOperationsRules() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        kind K { n: 0..3; r: K? }
        api Grab(k: K) returns 0..3 rule CAN-2
          when k.n < 3
          k.n += 1
          return k.n
        routine drv R(k: K) rule CAN-1 {
          local got: 0..3
          got := call Grab(k)
          got := call Grab(k.r)
        }
        """);
    assertEquals(List.of("R.1", "R.2"), l.actionNames());
    assertEquals(List.of("CAN-1", "CAN-2"), l.action("R.1").rules());
    assertTrue(l.text("R.1").contains("when ((R.pc[k#0] == s1) and (K.n[k#0] < 3))"), l.text("R.1"));
    assertTrue(l.text("R.1").contains("R.got[k#0] := K.n[k#0]\n  R.got[k#0] := 0\n  R.pc[k#0] := s2"), "got is never read: dead at s2, so reset");
    assertTrue(l.text("R.2").contains("when ((R.pc[k#0] == s2) and (K.n[K.r[k#0]] < 3))"), "guard hoisted with the argument");
    Stmt.Let let = assertInstanceOf(Stmt.Let.class, l.action("R.2").body().get(0));
    assertEquals("k", let.name());
    assertEquals(1, let.slot());
    assertEquals(2, l.action("R.2").slots());
  }

  @Test
  void multiStepCallCapturesChangingArgumentsAndInlinesItsSteps() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        kind K { n: 0..3; r: K? }
        api Drain(k: K?, m: 0..3) returns bool rule CAN-2
          when k != none
          await k.n == m
          return true
        routine drv R(k: K) rule CAN-1 {
          local ok: bool
          ok := call Drain(k.r, 0)
        }
        """);
    assertEquals(List.of("R.1", "R.2", "R.3"), l.actionNames());
    StateVar captured = l.stateVar("R", "Drain$k");
    assertEquals(new Type.KindType("K", true), captured.type());
    assertFalse(l.model.vars().stream().anyMatch(v -> v.name().equals("Drain$m")), "a constant is not captured");
    assertTrue(l.text("R.1").contains("when ((R.pc[k#0] == s1) and (K.r[k#0] != none))"), l.text("R.1"));
    assertTrue(l.text("R.1").contains("R.Drain$k[k#0] := K.r[k#0]\n  R.pc[k#0] := s2"), l.text("R.1"));
    assertTrue(l.text("R.2").contains("(K.n[R.Drain$k[k#0]] == 0)"), l.text("R.2"));
    assertEquals("line 6: await k.n == m", l.action("R.2").origin().label());
    assertEquals(List.of("CAN-1", "CAN-2"), l.action("R.2").rules());
    assertTrue(l.text("R.3").contains("R.ok[k#0] := true\n  R.Drain$k[k#0] := none\n  R.ok[k#0] := false\n  R.pc[k#0] := done"), l.text("R.3"));
  }

  @Test
  void callbackCallIsInvokeThenWait() {
    Lowered l = Lowered.of("""
        model M
        actors drv, fw
        kind K { n: 0..3; r: K? }
        callback fw Cb(k: K, b: bool) returns 0..3, bool rule CAN-3
        on Cb(obj, flag) rule CAN-4 { obj.n := 1; return obj.n, flag }
        callback fw Empty(k: K) { }
        routine drv R(k: K) {
          local v: 0..3
          local w: bool
          v, w := call Cb(k.r, true)
        }
        """);
    StateVar pc = l.stateVar("Cb", "pc");
    assertEquals(List.of("idle", "s1", "s2", "returned"), pcType(l, "Cb").values());
    assertEquals(List.of(new Type.KindType("K", false), Type.BOOL), pc.index());
    assertEquals(VarRole.RESULT, l.stateVar("Cb", "result1").role());
    assertEquals(new Type.IntType(0, 3), l.stateVar("Cb", "result1").type());
    assertEquals(Type.BOOL, l.stateVar("Cb", "result2").type());
    assertEquals(List.of("Cb.1", "Cb.2"), l.actionNames().subList(2, 4));
    Action cb1 = l.action("Cb.1");
    assertEquals("fw", cb1.actor());
    assertEquals(List.of("obj", "flag"), cb1.params().stream().map(p -> p.name()).toList());
    assertEquals(List.of("CAN-3", "CAN-4"), cb1.rules());
    assertEquals(Origin.OriginKind.CALLBACK_STEP, cb1.origin().kind());
    assertTrue(l.text("Cb.2").contains("Cb.result1[obj#0, flag#1] := K.n[obj#0]\n  Cb.result2[obj#0, flag#1] := flag#1\n  Cb.pc[obj#0, flag#1] := returned"), l.text("Cb.2"));
    assertTrue(l.text("R.1").contains("when ((R.pc[k#0] == s1) and (Cb.pc[K.r[k#0], true] == idle))"), l.text("R.1"));
    assertTrue(l.text("R.1").contains("R.Cb$obj[k#0] := K.r[k#0]\n  Cb.pc[K.r[k#0], true] := s1\n  R.pc[k#0] := s2"), l.text("R.1"));
    assertEquals("line 10: v, w := call Cb(k.r, true) (wait for return)", l.action("R.2").origin().label());
    assertTrue(l.text("R.2").contains("when ((R.pc[k#0] == s2) and (Cb.pc[R.Cb$obj[k#0], true] == returned))"), l.text("R.2"));
    assertTrue(l.text("R.2").contains(
        "R.v[k#0] := Cb.result1[R.Cb$obj[k#0], true]\n  R.w[k#0] := Cb.result2[R.Cb$obj[k#0], true]\n"
            + "  Cb.pc[R.Cb$obj[k#0], true] := idle\n"
            + "  Cb.result1[R.Cb$obj[k#0], true] := 0\n  Cb.result2[R.Cb$obj[k#0], true] := false\n"
            + "  R.Cb$obj[k#0] := K1\n  R.v[k#0] := 0\n  R.w[k#0] := false\n  R.pc[k#0] := done"), l.text("R.2"));
    assertEquals(List.of("idle", "returned"), pcType(l, "Empty").values());
  }

  @Test
  void callingACallbackWithNoStepsStartsItReturned() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        callback drv Empty() { }
        routine drv R() { call Empty() }
        """);
    assertTrue(l.text("R.1").contains("Empty.pc := returned"), l.text("R.1"));
  }

  @Test
  void aLocalIsResetWhereItIsDeadAndKeptWhereItIsLive() {
    Lowered l = Lowered.of("""
        model M
        actors drv
        kind K { n: 0..3 }
        callback drv Cb(k: K) { local m: 0..3; m := k.n; k.n := m }
        routine drv R(k: K) {
          local x: 0..3
          x := k.n
          await k.n == 0
          k.n := x
          x := 2
          x := 1
          call Cb(k)
        }
        """);
    assertEquals(List.of("R.1", "R.2", "R.3", "R.4", "R.5", "R.6", "R.7"), l.actionNames().subList(0, 7));
    assertTrue(l.text("R.1").contains("R.x[k#0] := K.n[k#0]\n  R.pc[k#0] := s2"), "x is read at R.3: live, kept");
    assertTrue(l.text("R.3").contains("K.n[k#0] := R.x[k#0]\n  R.x[k#0] := 0\n  R.pc[k#0] := s4"), "x is written before it is read again: dead, reset");
    assertTrue(l.text("R.4").contains("R.x[k#0] := 2\n  R.x[k#0] := 0\n  R.pc[k#0] := s5"), l.text("R.4"));
    assertTrue(l.text("R.5").contains("R.x[k#0] := 1\n  R.x[k#0] := 0\n  R.pc[k#0] := s6"), "never read again: reset");
    assertTrue(l.text("Cb.1").contains("Cb.m[k#0] := K.n[k#0]\n  Cb.pc[k#0] := s2"), l.text("Cb.1"));
    assertTrue(l.text("Cb.2").contains("K.n[k#0] := Cb.m[k#0]\n  Cb.m[k#0] := 0\n  Cb.pc[k#0] := returned"), "a callback's locals reset at its return");
  }
}

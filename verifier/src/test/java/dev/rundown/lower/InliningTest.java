package dev.rundown.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.ir.Stmt;
import dev.rundown.ir.VarRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-step operations called from actions: arguments, guards, results and returns in tail position. */
class InliningTest {
  private static final String HEADER = """
      model M
      actors drv
      kind K { n: 0..3; r: K? }
      var g: 0..3
      var flag: bool
      """;

  @Test
  void guardJoinsTheActionGuardWhenNothingPrecedesTheCall() {
    Lowered l = Lowered.of(HEADER + """
        api Op(k: K) rule CAN-9
          when k.n == 0
          k.n := 1
        action drv a(k: K) when flag do call Op(k)
        """);
    assertEquals("action a(k: K) by drv slots 1 rules [] origin ACTION a\n  when (flag and (K.n[k#0] == 0))\n  K.n[k#0] := 1\n",
        l.text("a"));
  }

  @Test
  void guardAfterAnEffectWrapsTheBodyInAOneBranchEither() {
    Lowered l = Lowered.of(HEADER + """
        api Op(k: K)
          when k.n == 0
          k.n := 1
        action drv a(k: K) do k.n := 0; call Op(k)
        """);
    List<Stmt> body = l.action("a").body();
    Stmt.Either either = assertInstanceOf(Stmt.Either.class, body.get(1));
    assertEquals(1, either.branches().size());
    assertTrue(l.text("a").contains("branch when (K.n[k#0] == 0) {\n      K.n[k#0] := 1"), l.text("a"));
  }

  @Test
  void argumentsThatMayChangeAreBoundOnceWithLet() {
    Lowered l = Lowered.of(HEADER + """
        api Op(k: K?, m: 0..3)
          k.r := none
          g := m
        action drv a(k: K) do call Op(k.r, g + 1)
        """);
    Stmt.Let first = assertInstanceOf(Stmt.Let.class, l.action("a").body().get(0));
    assertEquals("k", first.name());
    assertEquals(1, first.slot());
    Stmt.Let second = assertInstanceOf(Stmt.Let.class, first.body().get(0));
    assertEquals("m", second.name());
    assertEquals(2, second.slot());
    assertTrue(l.text("a").contains("K.r[k#1] := none\n      g := m#2"), l.text("a"));
    assertEquals(3, l.action("a").slots());
  }

  @Test
  void constantAndParameterArgumentsAreSubstituted() {
    Lowered l = Lowered.of(HEADER + """
        api Op(k: K, m: 0..3)
          k.n := m
        action drv a(k: K) do call Op(k, 2)
        """);
    assertEquals("""
        action a(k: K) by drv slots 1 rules [] origin ACTION a
          when true
          K.n[k#0] := 2
        """, l.text("a"));
  }

  @Test
  void statementsAfterAReturningIfGoOnlyIntoTheBranchesThatDoNotReturn() {
    Lowered l = Lowered.of(HEADER + """
        api Op(k: K) returns 0..3
          if k.n == 3 { return 0 }
          k.n += 1
          return k.n
        action drv a(k: K) do g := call Op(k); flag := true
        """);
    assertEquals("""
        action a(k: K) by drv slots 1 rules [] origin ACTION a
          when true
          if (K.n[k#0] == 3) {
            g := 0
            flag := true
          } else {
            K.n[k#0] := (K.n[k#0] + 1)
            g := K.n[k#0]
            flag := true
          }
        """, l.text("a"));
  }

  @Test
  void eitherBranchesReturnTheirOwnResults() {
    Lowered l = Lowered.of(HEADER + """
        api Op() returns bool, 0..3
          either { return true, 1 } or when g > 0 { g -= 1; return false, g }
        action drv a() do flag, g := call Op()
        """);
    assertEquals("""
        action a() by drv slots 0 rules [] origin ACTION a
          when true
          either
            branch {
              flag := true
              g := 1
            }
            branch when (g > 0) {
              g := (g - 1)
              flag := false
              g := g
            }
        """, l.text("a"));
  }

  @Test
  void simultaneousResultsReadEarlierTargetsThroughLet() {
    Lowered l = Lowered.of(HEADER + """
        api Next() returns 0..3, 0..3
          return g + 1, g
        action drv a(k: K) do g, k.n := call Next()
        """);
    assertEquals("""
        action a(k: K) by drv slots 2 rules [] origin ACTION a
          when true
          let result2#1 = g {
            g := (g + 1)
            K.n[k#0] := result2#1
          }
        """, l.text("a"));
  }

  @Test
  void localsOfAnOperationCalledFromAnActionAreHiddenGlobals() {
    Lowered l = Lowered.of(HEADER + """
        api Op(k: K)
          local old: 0..3 = k.n
          k.n := old
        action drv a(k: K) do call Op(k)
        """);
    assertEquals(VarRole.GLOBAL, l.stateVar("", "Op$old").role());
    assertTrue(l.text("a").contains("Op$old := K.n[k#0]\n  K.n[k#0] := Op$old\n  Op$old := 0\n"), "reset when the call ends");
  }

  @Test
  void nestedCallsInlineRecursivelyAndHoistBothGuards() {
    Lowered l = Lowered.of(HEADER + """
        api Inner(k: K)
          when k.n < 3
          k.n += 1
        api Outer(k: K)
          when k.r == none
          call Inner(k)
        action drv a(k: K) do call Outer(k)
        """);
    assertTrue(l.text("a").contains("when ((K.r[k#0] == none) and (K.n[k#0] < 3))"), l.text("a"));
  }
}

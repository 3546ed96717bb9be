package dev.rundown.semantics;

import static dev.rundown.semantics.IrBuilder.TRUE;
import static dev.rundown.semantics.IrBuilder.assign;
import static dev.rundown.semantics.IrBuilder.bound;
import static dev.rundown.semantics.IrBuilder.branch;
import static dev.rundown.semantics.IrBuilder.num;
import static dev.rundown.semantics.IrBuilder.range;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every IR expression and statement node is handled by the interpreter (fails when a node is added). */
class CoverageTest {
  @Test
  void everyNodeCompilesAndRuns() {
    IrBuilder b = new IrBuilder("Coverage");
    Type.KindType h = b.kind("Handle", 2, false);
    int x = b.global("x", range(0, 3), 0);
    int f = b.field(h, "f", range(0, 1), 0);
    int a = b.assertion("A");
    List<Expr> exprs = List.of(
        num(1),
        bound(0, h),
        b.read(f, bound(0, h)),
        IrBuilder.not(TRUE),
        IrBuilder.add(num(1), num(2)),
        IrBuilder.in(num(1), num(1)),
        IrBuilder.quant(Expr.Quantifier.SOME, 0, h, IrBuilder.eq(b.read(f, bound(0, h)), num(0))));
    List<Stmt> stmts = List.of(
        assign(x, num(1)),
        IrBuilder.when(TRUE, List.of(), List.of()),
        IrBuilder.forEach(0, h, assign(f, num(1), bound(0, h))),
        IrBuilder.either(branch(null, assign(x, num(2)))),
        IrBuilder.choose(0, h, null, assign(f, num(0), bound(0, h))),
        IrBuilder.let(0, num(3), assign(x, bound(0, Type.INT))),
        IrBuilder.check(TRUE, a));
    assertEquals(permitted(Expr.class), classes(exprs));
    assertEquals(permitted(Stmt.class), classes(stmts));
    for (Expr e : exprs) {
      b.property("P" + e.getClass().getSimpleName(), PropertyKind.INVARIANT,
          IrBuilder.bin(Expr.BinaryOp.GE, e, num(-5)), 1);
    }
    b.action("a", "all", List.of(), null, 1, stmts.toArray(new Stmt[0]));
    Interpreter in = Interpreter.compile(b.build(), new Bounds(ImmutableSortedMap.of("Handle", 2)));
    assertEquals(2, in.transitions(in.initialState()).size(), "choose forks over two handles");
  }

  private static Set<Class<?>> permitted(Class<?> sealed) {
    return new HashSet<>(Arrays.asList(sealed.getPermittedSubclasses()));
  }

  private static Set<Class<?>> classes(List<?> nodes) {
    Set<Class<?>> s = new HashSet<>();
    nodes.forEach(n -> s.add(n.getClass()));
    return s;
  }
}

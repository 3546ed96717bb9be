package dev.rundown.semantics;

import static dev.rundown.semantics.IrBuilder.FALSE;
import static dev.rundown.semantics.IrBuilder.add;
import static dev.rundown.semantics.IrBuilder.and;
import static dev.rundown.semantics.IrBuilder.assign;
import static dev.rundown.semantics.IrBuilder.bin;
import static dev.rundown.semantics.IrBuilder.bound;
import static dev.rundown.semantics.IrBuilder.branch;
import static dev.rundown.semantics.IrBuilder.check;
import static dev.rundown.semantics.IrBuilder.choose;
import static dev.rundown.semantics.IrBuilder.either;
import static dev.rundown.semantics.IrBuilder.eq;
import static dev.rundown.semantics.IrBuilder.forEach;
import static dev.rundown.semantics.IrBuilder.in;
import static dev.rundown.semantics.IrBuilder.let;
import static dev.rundown.semantics.IrBuilder.ne;
import static dev.rundown.semantics.IrBuilder.neg;
import static dev.rundown.semantics.IrBuilder.none;
import static dev.rundown.semantics.IrBuilder.not;
import static dev.rundown.semantics.IrBuilder.num;
import static dev.rundown.semantics.IrBuilder.quant;
import static dev.rundown.semantics.IrBuilder.range;
import static dev.rundown.semantics.IrBuilder.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Expr;
import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a step does: forks, blocking, bindings, loops, asserts, ill-defined steps, state properties. */
class InterpreterTest {
  private static final Bounds NO_KINDS = new Bounds(ImmutableSortedMap.of());

  private static Bounds handles(int n) {
    return new Bounds(ImmutableSortedMap.of("Handle", n));
  }

  private static int[] next(Transition t) {
    return t.next().orElseThrow().toArray();
  }

  private static List<Integer> choices(Transition t) {
    return t.choices().asList();
  }

  @Test
  void eitherForksIntoEachEnabledBranchInOrder() {
    IrBuilder b = new IrBuilder("Fork");
    int x = b.global("x", range(0, 3), 0);
    b.action("a", "pick", List.of(), null, 0,
        either(branch(null, assign(x, num(1))), branch(eq(b.read(x), num(0)), assign(x, num(2))),
            branch(FALSE, assign(x, num(3)))));
    Interpreter in = Interpreter.compile(b.build(), NO_KINDS);
    List<Transition> ts = in.transitions(in.initialState());
    assertEquals(2, ts.size());
    assertEquals(List.of(0), choices(ts.get(0)));
    assertEquals(List.of(1), choices(ts.get(1)));
    assertEquals(1, next(ts.get(0))[0]);
    assertEquals(2, next(ts.get(1))[0]);
    // From x = 1 only the unguarded branch is left.
    List<Transition> fromOne = in.transitions(new int[] {1});
    assertEquals(1, fromOne.size());
    assertEquals(List.of(0), choices(fromOne.get(0)));
  }

  @Test
  void eitherWithNoEnabledBranchBlocksTheStep() {
    IrBuilder b = new IrBuilder("Block");
    int x = b.global("x", range(0, 3), 0);
    b.action("a", "never", List.of(), null, 0, assign(x, num(1)), either(branch(FALSE, assign(x, num(2)))));
    Interpreter in = Interpreter.compile(b.build(), NO_KINDS);
    assertTrue(in.transitions(in.initialState()).isEmpty());
  }

  @Test
  void forksAfterForksMultiplyAndRestoreTheState() {
    IrBuilder b = new IrBuilder("Twice");
    int x = b.global("x", range(0, 9), 0);
    int y = b.global("y", range(0, 9), 0);
    b.action("a", "both", List.of(), null, 0,
        either(branch(null, assign(x, num(1))), branch(null, assign(x, num(2)))),
        either(branch(null, assign(y, add(b.read(x), num(1)))), branch(null, assign(y, num(7)))));
    Interpreter in = Interpreter.compile(b.build(), NO_KINDS);
    List<Transition> ts = in.transitions(in.initialState());
    List<String> seen = new ArrayList<>();
    for (Transition t : ts) {
      seen.add(choices(t) + "=" + Arrays.toString(next(t)));
    }
    assertEquals(List.of("[0, 0]=[1, 2]", "[0, 1]=[1, 7]", "[1, 0]=[2, 3]", "[1, 1]=[2, 7]"), seen);
  }

  @Test
  void chooseForksPerValueSatisfyingWhere() {
    IrBuilder b = new IrBuilder("Choose");
    int x = b.global("x", range(0, 3), 1);
    Type d = range(0, 3);
    b.action("a", "raise", List.of(), null, 1,
        choose(0, d, bin(Expr.BinaryOp.GT, bound(0, d), b.read(x)), assign(x, bound(0, d))));
    Interpreter in = Interpreter.compile(b.build(), NO_KINDS);
    List<Transition> ts = in.transitions(in.initialState());
    assertEquals(2, ts.size());
    assertEquals(List.of(2), choices(ts.get(0)));
    assertEquals(List.of(3), choices(ts.get(1)));
    assertEquals(3, next(ts.get(1))[0]);
    assertTrue(in.transitions(new int[] {3}).isEmpty(), "no value left: the step blocks");
  }

  @Test
  void chooseOverAKindRecordsTheInstance() {
    IrBuilder b = new IrBuilder("ChooseKind");
    Type.KindType h = b.kind("Handle", 3, false);
    int f = b.field(h, "f", Type.BOOL, 0);
    b.action("a", "mark", List.of(), null, 1,
        choose(0, h, ne(bound(0, h), num(1)), assign(f, num(1), bound(0, h))));
    Interpreter in = Interpreter.compile(b.build(), handles(3));
    List<Transition> ts = in.transitions(in.initialState());
    assertEquals(List.of(List.of(0), List.of(2)), List.of(choices(ts.get(0)), choices(ts.get(1))));
    assertEquals(List.of(1, 0, 0), List.of(next(ts.get(0))[0], next(ts.get(0))[1], next(ts.get(0))[2]));
  }

  @Test
  void letBindsOnceBeforeTheBodyRuns() {
    IrBuilder b = new IrBuilder("Let");
    int x = b.global("x", range(0, 9), 2);
    int y = b.global("y", range(0, 9), 0);
    b.action("a", "copy", List.of(), null, 1,
        let(0, add(b.read(x), num(1)), assign(x, num(0)), assign(y, add(bound(0, Type.INT), bound(0, Type.INT)))));
    Interpreter in = Interpreter.compile(b.build(), NO_KINDS);
    assertEquals(List.of(0, 6), asList(next(in.transitions(in.initialState()).get(0))));
  }

  @Test
  void forVisitsInstancesInOrder() {
    IrBuilder b = new IrBuilder("For");
    Type.KindType h = b.kind("Handle", 3, false);
    int ord = b.field(h, "ord", range(0, 5), 0);
    int counter = b.global("counter", range(0, 5), 0);
    b.action("a", "number", List.of(), null, 1,
        forEach(0, h, assign(ord, b.read(counter), bound(0, h)), assign(counter, add(b.read(counter), num(1)))));
    Interpreter in = Interpreter.compile(b.build(), handles(3));
    assertEquals(List.of(0, 1, 2, 3), asList(next(in.transitions(in.initialState()).get(0))));
  }

  @Test
  void bindingsVaryTheLastParameterFastest() {
    IrBuilder b = new IrBuilder("Bindings");
    Type.KindType h = b.kind("Handle", 2, false);
    b.global("x", range(0, 1), 0);
    b.action("a", "pair", List.of(h, Type.BOOL), null, 2);
    b.action("a", "single", List.of(), null, 0);
    Interpreter in = Interpreter.compile(b.build(), handles(2));
    List<List<Integer>> args = new ArrayList<>();
    List<Integer> actions = new ArrayList<>();
    for (Transition t : in.transitions(in.initialState())) {
      args.add(t.args().asList());
      actions.add(t.action());
    }
    assertEquals(List.of(List.of(0, 0), List.of(0, 1), List.of(1, 0), List.of(1, 1), List.of()), args);
    assertEquals(List.of(0, 0, 0, 0, 1), actions);
  }

  @Test
  void failedAssertIsRecordedAndTheStepStillHappens() {
    IrBuilder b = new IrBuilder("Assert");
    int x = b.global("x", range(0, 3), 0);
    int once = b.assertion("Once");
    b.action("a", "inc", List.of(), null, 0, check(eq(b.read(x), num(0)), once), assign(x, add(b.read(x), num(1))));
    Interpreter in = Interpreter.compile(b.build(), NO_KINDS);
    Transition first = in.transitions(new int[] {0}).get(0);
    assertTrue(first.violated().isEmpty());
    Transition second = in.transitions(new int[] {1}).get(0);
    assertEquals(List.of(once), second.violated().asList());
    assertEquals(2, next(second)[0]);
  }

  @Test
  void outOfRangeAssignmentIsIllDefinedWithoutSuccessor() {
    IrBuilder b = new IrBuilder("Range");
    int x = b.global("x", range(0, 2), 2);
    b.action("a", "inc", List.of(), null, 0, assign(x, add(b.read(x), num(1))));
    b.action("a", "dec", List.of(), null, 0, assign(x, sub(b.read(x), num(3))));
    Model m = b.build();
    Interpreter in = Interpreter.compile(m, NO_KINDS);
    List<Transition> ts = in.transitions(in.initialState());
    assertEquals(2, ts.size());
    for (Transition t : ts) {
      assertTrue(t.next().isEmpty());
      assertEquals(List.of(m.propertyIndex("WellDefined")), t.violated().asList());
    }
  }

  @Test
  void readingThroughNoneIsIllDefinedWithoutSuccessor() {
    IrBuilder b = new IrBuilder("None");
    Type.KindType h = b.kind("Handle", 2, false);
    int f = b.field(h, "f", range(0, 1), 0);
    int p = b.global("p", h.asOptional(), -1);
    b.action("a", "write", List.of(), null, 0, assign(f, num(1), b.read(p)));
    b.action("a", "guarded", List.of(), and(ne(b.read(p), none(h)), eq(b.read(f, b.read(p)), num(0))), 0);
    b.action("a", "peek", List.of(), eq(b.read(f, b.read(p)), num(0)), 0);
    Model m = b.build();
    Interpreter in = Interpreter.compile(m, handles(2));
    List<Transition> ts = in.transitions(in.initialState());
    assertEquals(List.of(0, 2), List.of(ts.get(0).action(), ts.get(1).action()), "the guarded read is skipped");
    for (Transition t : ts) {
      assertTrue(t.next().isEmpty());
      assertTrue(t.violates(m.propertyIndex("WellDefined")));
    }
    // With p pointing at Handle2, writing and the guarded read are fine.
    List<Transition> set = in.transitions(new int[] {0, 0, 1});
    assertEquals(3, set.size());
    assertEquals(List.of(0, 1, 1), asList(next(set.get(0))));
  }

  @Test
  void quantifiersOverAKind() {
    IrBuilder b = new IrBuilder("Quantifiers");
    Type.KindType h = b.kind("Handle", 3, false);
    int f = b.field(h, "f", range(0, 1), 0);
    Expr isSet = eq(b.read(f, bound(0, h)), num(1));
    b.property("All", PropertyKind.INVARIANT, quant(Expr.Quantifier.ALL, 0, h, isSet), 1);
    b.property("Some", PropertyKind.INVARIANT, quant(Expr.Quantifier.SOME, 0, h, isSet), 1);
    b.property("No", PropertyKind.INVARIANT, quant(Expr.Quantifier.NO, 0, h, isSet), 1);
    b.property("CountIsTwo", PropertyKind.INVARIANT, eq(quant(Expr.Quantifier.COUNT, 0, h, isSet), num(2)), 1);
    b.property("Arithmetic", PropertyKind.INVARIANT,
        and(in(add(neg(num(2)), num(3)), num(1), num(5)), bin(Expr.BinaryOp.LE, num(-1), num(0))), 0);
    Model m = b.build();
    Interpreter in = Interpreter.compile(m, handles(3));
    assertEquals(List.of("All", "Some", "CountIsTwo"), violations(in, m, new int[] {0, 0, 0}));
    assertEquals(List.of("All", "No", "CountIsTwo"), violations(in, m, new int[] {0, 1, 0}));
    assertEquals(List.of("All", "No"), violations(in, m, new int[] {1, 0, 1}));
    assertEquals(List.of("No", "CountIsTwo"), violations(in, m, new int[] {1, 1, 1}));
  }

  @Test
  void terminalPropertiesAreCheckedOnRequest() {
    IrBuilder b = new IrBuilder("Terminal");
    int x = b.global("x", range(0, 2), 0);
    b.action("a", "step", List.of(), bin(Expr.BinaryOp.LT, b.read(x), num(2)), 0, assign(x, add(b.read(x), num(1))));
    b.property("EndsAtTwo", PropertyKind.AT_END, eq(b.read(x), num(2)), 0);
    b.property("Done", PropertyKind.HANG, eq(b.read(x), num(1)), 0);
    Model m = b.build();
    Interpreter in = Interpreter.compile(m, NO_KINDS);
    int[] out = new int[m.properties().size()];
    assertEquals(1, in.terminalViolations(new int[] {2}, out));
    assertEquals(m.propertyIndex("Done"), out[0]);
    assertEquals(1, in.terminalViolations(new int[] {1}, out));
    assertEquals(m.propertyIndex("EndsAtTwo"), out[0]);
    assertTrue(in.transitions(new int[] {2}).isEmpty());
  }

  @Test
  void illDefinedStateFormulaIsAWellDefinedViolation() {
    IrBuilder b = new IrBuilder("BadInvariant");
    Type.KindType h = b.kind("Handle", 2, false);
    int f = b.field(h, "f", range(0, 1), 0);
    int p = b.global("p", h.asOptional(), -1);
    b.property("Reads", PropertyKind.INVARIANT, eq(b.read(f, b.read(p)), num(0)), 0);
    Model m = b.build();
    Interpreter in = Interpreter.compile(m, handles(2));
    assertEquals(List.of("WellDefined"), violations(in, m, in.initialState()));
    assertEquals(List.of(), violations(in, m, new int[] {0, 0, 1}));
  }

  @Test
  void layoutNamesSlotsByRole() {
    IrBuilder b = new IrBuilder("Names");
    Type.KindType h = b.kind("Handle", 2, false);
    b.field(h, "state", range(0, 1), 0);
    b.global("inflight", range(0, 3), 0);
    b.var("pc", "Worker", VarRole.PC, List.of(h, Type.BOOL), range(0, 2), 0);
    b.var("x", "Main", VarRole.LOCAL, List.of(), h.asOptional(), -1);
    Layout layout = Interpreter.compile(b.build(), handles(2)).layout();
    assertEquals(
        List.of("Handle1.state", "Handle2.state", "inflight", "Worker(Handle1,false).pc", "Worker(Handle1,true).pc",
            "Worker(Handle2,false).pc", "Worker(Handle2,true).pc", "Main.x"),
        layout.slotNames());
    assertEquals(new Value.NoneValue("Handle"), layout.toValues(new int[] {0, 0, 0, 0, 0, 0, 0, -1}).get("Main.x"));
    assertEquals(new Value.InstanceValue("Handle", 1), layout.toValues(new int[] {0, 0, 0, 0, 0, 0, 0, 1}).get("Main.x"));
    assertEquals(List.of(1, 0), asList(layout.index(5)));
    assertEquals(5, layout.slot(2, new int[] {1, 0}));
    assertEquals(-1, layout.slot(2, new int[] {2, 0}));
  }

  @Test
  void transitionsComeInActionThenBindingThenForkOrder() {
    Model m = HandlesModel.build(false);
    Interpreter in = Interpreter.compile(m, handles(2));
    // Both handles open, Handle1 with two pending requests: cancel forks, complete forks.
    int[] s = {HandlesModel.OPEN, HandlesModel.OPEN, HandlesModel.PENDING, 0, HandlesModel.PENDING, 0, 2};
    List<String> order = new ArrayList<>();
    for (Transition t : in.transitions(s)) {
      order.add(in.call(t.action(), t.args().toArray()).toString() + choices(t));
    }
    assertEquals(
        List.of("send(Handle2)[]", "cancel(Handle1)[0]", "cancel(Handle1)[1]", "cleanup(Handle1)[]",
            "cleanup(Handle2)[]", "complete(Handle1)[0]", "complete(Handle1)[1]"),
        order);
    assertFalse(order.contains("send(Handle1)[]"), "both slots are taken");
  }

  private static List<String> violations(Interpreter in, Model m, int[] state) {
    int[] out = new int[m.properties().size() + 1];
    int n = in.invariantViolations(state, out);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(m.properties().get(out[i]).name());
    }
    return names;
  }

  private static List<Integer> asList(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int v : a) {
      l.add(v);
    }
    return l;
  }
}

package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import dev.rundown.check.Checker;
import dev.rundown.check.Sources;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.lower.Lowering;
import dev.rundown.semantics.HandlesModel;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.NodesModel;
import dev.rundown.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The memoised expander reports the same transitions, in the same order, as the interpreter run on every
 * binding (through {@link SystemExpander}), on the reachable states of every model under {@code models/}, the
 * clean test models and the hand-built fixtures: with its tables filled up front, filled lazily, and with no
 * room to keep what it records. The memoised invariant check gives the interpreter's answers on those states.
 */
class MemoExpanderTest {
  private static final int STATES = 2_000;

  /** One transition as reported: next state words (empty when none) and violated properties. */
  record Step(List<Long> next, List<Integer> violated) {}

  static List<Step> transitions(Expander expander, long[] packed) {
    List<Step> out = new ArrayList<>();
    expander.expand(packed.clone(), (next, violated, count) -> {
      List<Long> words = new ArrayList<>();
      if (next != null) {
        for (int w = 0; w < packed.length; w++) {
          words.add(next[w]);
        }
      }
      List<Integer> v = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        v.add(violated[i]);
      }
      out.add(new Step(words, v));
    });
    return out;
  }

  /** Compares the expanders on up to {@link #STATES} states reached breadth-first; returns how many. */
  static int compare(Model model, Bounds bounds) {
    Interpreter interpreter = Interpreter.compile(model, bounds);
    IrSystem system = new IrSystem(interpreter);
    StateCodec codec = new StateCodec(system, system.packingOrder());
    Expander reference = new SystemExpander(system, codec);
    List<Expander> memos = List.of(
        new MemoExpander(Interpreter.compile(model, bounds), codec),
        new MemoExpander(Interpreter.compile(model, bounds), codec, 0, MemoExpander.POOL_BUDGET),
        new MemoExpander(Interpreter.compile(model, bounds), codec, 0, 0));
    InvariantMemo invariants = new InvariantMemo(Interpreter.compile(model, bounds), codec);
    int[] unpacked = new int[interpreter.layout().size()];
    int[] expectedOut = new int[model.properties().size() + 1];
    int[] out = new int[model.properties().size() + 1];
    long[] initial = new long[codec.words()];
    codec.pack(interpreter.initialState(), initial, 0);
    Set<List<Long>> seen = new HashSet<>();
    ArrayDeque<long[]> queue = new ArrayDeque<>();
    seen.add(box(initial));
    queue.add(initial);
    int count = 0;
    while (!queue.isEmpty() && count < STATES) {
      long[] state = queue.poll();
      count++;
      codec.unpack(state, 0, unpacked);
      int n = system.invariantViolations(unpacked, expectedOut);
      assertEquals(Arrays.toString(Arrays.copyOf(expectedOut, n)),
          Arrays.toString(Arrays.copyOf(out, invariants.violations(state, 0, out))), "invariants");
      List<Step> expected = transitions(reference, state);
      for (Expander memo : memos) {
        assertEquals(expected, transitions(memo, state), () -> Arrays.toString(state));
      }
      for (Step s : expected) {
        if (!s.next().isEmpty() && seen.add(s.next())) {
          queue.add(s.next().stream().mapToLong(Long::longValue).toArray());
        }
      }
    }
    return count;
  }

  private static List<Long> box(long[] words) {
    List<Long> out = new ArrayList<>();
    for (long w : words) {
      out.add(w);
    }
    return out;
  }

  static List<Path> roots() throws IOException {
    Path repo = Sources.repo();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(repo.resolve("models"))) {
      walk.filter(p -> p.toString().endsWith(".rundown"))
          .filter(p -> !repo.resolve("models").relativize(p).toString().replace('\\', '/').matches("(.*/)?rules/.*"))
          .sorted()
          .forEach(out::add);
    }
    Path resources = repo.resolve("verifier/src/test/resources");
    try (Stream<Path> lower = Files.list(resources.resolve("lower"))) {
      lower.filter(p -> p.toString().endsWith(".rundown")).sorted().forEach(out::add);
    }
    try (Stream<Path> check = Files.list(resources.resolve("check"))) {
      check.filter(p -> p.getFileName().toString().startsWith("ok-")).sorted().forEach(out::add);
    }
    return out;
  }

  @TestFactory
  List<DynamicTest> sameTransitionsOnEveryModel() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path root : roots()) {
      tests.add(DynamicTest.dynamicTest(Sources.repo().relativize(root).toString(), () -> {
        Model model = Lowering.lower(Sources.checked(Checker.check(Sources.load(root))));
        assertTrue(compare(model, Bounds.forModel(model, Map.of())) > 0);
      }));
    }
    return tests;
  }

  @Test
  void sameTransitionsOnTheFixtures() {
    for (int n = 1; n <= 3; n++) {
      compare(HandlesModel.build(false), HandlesModel.bounds(n));
      compare(HandlesModel.build(true), HandlesModel.bounds(n));
      compare(NodesModel.build(), NodesModel.bounds(n));
    }
  }

  @Test
  void theHandlesInvariantIsDecidedOneHandleAtATime() {
    Interpreter interpreter = Interpreter.compile(HandlesModel.build(true), HandlesModel.bounds(3));
    int invariant = interpreter.invariants()[0];
    assertEquals(3, interpreter.instanceCount(invariant));
    assertEquals(0, interpreter.instanceCount(interpreter.wellDefinedProperty()));
    compare(HandlesModel.build(true), HandlesModel.bounds(3));
  }

  @Test
  void handlesIsMemoisedWholeOneGroupPerHandle() {
    Interpreter interpreter = Interpreter.compile(HandlesModel.build(false), HandlesModel.bounds(3));
    IrSystem system = new IrSystem(interpreter);
    MemoPlan plan = new MemoPlan(interpreter, new StateCodec(system, system.packingOrder()));
    assertEquals(7 * 3, plan.steps());
    for (int k = 0; k < plan.steps(); k++) {
      assertEquals(MemoPlan.MEMO, plan.kind[k]);
    }
    assertEquals(3, plan.groups());
    for (int g = 0; g < plan.groups(); g++) {
      assertTrue(!plan.keys.byRuns(g), "a handle's row and the global are at most two runs");
    }
  }

  @Test
  void nodesMixesMemoisedStepsAndInterpretedActions() {
    Interpreter interpreter = Interpreter.compile(NodesModel.build(), NodesModel.bounds(3));
    IrSystem system = new IrSystem(interpreter);
    MemoPlan plan = new MemoPlan(interpreter, new StateCodec(system, system.packingOrder()));
    List<Integer> kinds = new ArrayList<>();
    for (int k = 0; k < plan.steps(); k++) {
      kinds.add(plan.kind[k]);
    }
    // setNext (9 bindings) and clear (3) are memoised; markNext and linkTo read through next, so each runs whole;
    // setHead (3) and dropHead (1) are memoised.
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      expected.add(MemoPlan.MEMO);
    }
    expected.add(MemoPlan.ACTION);
    expected.add(MemoPlan.ACTION);
    for (int i = 0; i < 4; i++) {
      expected.add(MemoPlan.MEMO);
    }
    assertEquals(expected, kinds);
  }

  @Test
  void aFootprintTooWideForAKeyRunsTheInterpreter() {
    Model model = Lowering.lower(Sources.checked(Checker.check(List.of(Sources.parse(new SourceFile("wide.rundown",
        "model Wide\n  source \"windows-driver-docs-pr/kernel/irp-mj-cleanup.md\"\nactors app\n"
            + "kind K[2] { v: 0..200000 = 0; open: bool = false }\n"
            + "action app bump(k: K) when k.v < 3 do k.v := k.v + 1\n"
            + "action app flip(k: K) do k.open := not k.open\n"))))));
    Interpreter interpreter = Interpreter.compile(model, Bounds.forModel(model, Map.of()));
    IrSystem system = new IrSystem(interpreter);
    MemoPlan plan = new MemoPlan(interpreter, new StateCodec(system, system.packingOrder()));
    assertEquals(List.of(MemoPlan.ACTION, MemoPlan.MEMO, MemoPlan.MEMO),
        Arrays.stream(plan.kind).boxed().toList());
    assertTrue(compare(model, Bounds.forModel(model, Map.of())) > 0);
  }
}

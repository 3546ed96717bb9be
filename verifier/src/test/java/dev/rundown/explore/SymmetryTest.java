package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rundown.engine.Budget;
import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.semantics.HandlesModel;
import dev.rundown.semantics.Interpreter;
import dev.rundown.semantics.Layout;
import dev.rundown.semantics.NodesModel;
import dev.rundown.semantics.TraceValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Canonical forms are invariant under permutations and idempotent; symmetry changes counts, not verdicts. */
class SymmetryTest {
  private static final Layout NODES = Interpreter.compile(NodesModel.build(), NodesModel.bounds(3)).layout();
  private static final Layout HANDLES = Interpreter.compile(HandlesModel.build(false), HandlesModel.bounds(4)).layout();

  /** A random state: every slot any value of its domain (reachable or not). */
  static int[] randomState(Layout layout, Random random) {
    int[] s = new int[layout.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = layout.slotMin(i) + random.nextInt(layout.slotSize(i));
    }
    return s;
  }

  /** Applies instance permutation {@code perm} of {@code kind}, independently of {@link Symmetry}. */
  static int[] permute(Layout layout, String kind, int[] perm, int[] state) {
    int[] out = new int[state.length];
    List<StateVar> vars = layout.model().vars();
    for (int s = 0; s < state.length; s++) {
      StateVar var = vars.get(layout.var(s));
      int[] tuple = layout.index(s);
      for (int j = 0; j < tuple.length; j++) {
        if (isKind(var.index().get(j), kind) && tuple[j] >= 0) {
          tuple[j] = perm[tuple[j]];
        }
      }
      int v = state[s];
      out[layout.slot(layout.var(s), tuple)] = isKind(var.type(), kind) && v >= 0 ? perm[v] : v;
    }
    return out;
  }

  private static boolean isKind(Type t, String kind) {
    return t instanceof Type.KindType k && k.kind().equals(kind);
  }

  static int[] canonical(Symmetry symmetry, int[] state) {
    int[] out = new int[state.length];
    symmetry.canonicalize(state, out);
    return out;
  }

  static int[] randomPermutation(int n, Random random) {
    List<Integer> p = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      p.add(i);
    }
    Collections.shuffle(p, random);
    return p.stream().mapToInt(Integer::intValue).toArray();
  }

  void checkInvariance(Layout layout, String kind, boolean allowSort, long seed) {
    Random random = new Random(seed);
    Symmetry symmetry = Symmetry.of(layout, allowSort).orElseThrow();
    int[] s = randomState(layout, random);
    int[] c = canonical(symmetry, s);
    int[] permuted = permute(layout, kind, randomPermutation(layout.bounds().of(kind), random), s);
    assertArrayEquals(c, canonical(symmetry, permuted));
    assertArrayEquals(c, canonical(symmetry, c));
  }

  @Property(tries = 300)
  void canonicalFormWithReferencesIsPermutationInvariant(@ForAll long seed) {
    checkInvariance(NODES, "Node", true, seed);
  }

  @Property(tries = 300)
  void sortedCanonicalFormIsPermutationInvariant(@ForAll long seed) {
    checkInvariance(HANDLES, "Handle", true, seed);
  }

  @Property(tries = 100)
  void enumeratedCanonicalFormIsPermutationInvariant(@ForAll long seed) {
    checkInvariance(HANDLES, "Handle", false, seed);
  }

  @Property(tries = 100)
  void sortingAndEnumeratingAgreeOnClasses(@ForAll long seed, @ForAll @IntRange(min = 0, max = 23) int which) {
    Random random = new Random(seed);
    Symmetry sorted = Symmetry.of(HANDLES, true).orElseThrow();
    Symmetry enumerated = Symmetry.of(HANDLES, false).orElseThrow();
    int[] a = randomState(HANDLES, random);
    int[] b = permute(HANDLES, "Handle", randomPermutation(4, random), a);
    int[] c = randomState(HANDLES, random);
    assertArrayEquals(canonical(sorted, a), canonical(sorted, b));
    assertArrayEquals(canonical(enumerated, a), canonical(enumerated, b));
    boolean sameBySort = java.util.Arrays.equals(canonical(sorted, a), canonical(sorted, c));
    boolean sameByEnumeration = java.util.Arrays.equals(canonical(enumerated, a), canonical(enumerated, c));
    assertEquals(sameBySort, sameByEnumeration);
  }

  @Test
  void canonicalFormSeparatesDifferentClasses() {
    Symmetry symmetry = Symmetry.of(NODES).orElseThrow();
    // Node1 -> Node2 versus Node1 -> Node1: no permutation maps one onto the other.
    int[] a = new int[NODES.size()];
    int[] b = new int[NODES.size()];
    java.util.Arrays.fill(a, 0);
    java.util.Arrays.fill(b, 0);
    for (int i = 0; i < 3; i++) {
      a[i] = -1;
      b[i] = -1;
    }
    a[6] = -1;
    b[6] = -1;
    a[0] = 1;
    b[0] = 0;
    assertNotEquals(java.util.Arrays.toString(canonical(symmetry, a)), java.util.Arrays.toString(canonical(symmetry, b)));
  }

  @Test
  void noSymmetryWithoutSymmetricKindsOrWithOneInstance() {
    assertEquals(true, Symmetry.of(Interpreter.compile(NodesModel.build(), NodesModel.bounds(1)).layout()).isEmpty());
  }

  @Test
  void pinnedNodesCountsAndEqualVerdicts() {
    Model model = NodesModel.build();
    EngineResult off = check(model, NodesModel.bounds(3), false);
    EngineResult on = check(model, NodesModel.bounds(3), true);
    assertEquals(13_500, off.stats().states());
    assertEquals(2_300, on.stats().states());
    for (int p = 0; p < model.properties().size(); p++) {
      assertEquals(off.properties().get(p).verdict(), on.properties().get(p).verdict());
      assertEquals(off.properties().get(p).trace().map(t -> t.length()), on.properties().get(p).trace().map(t -> t.length()));
      on.properties().get(p).trace().ifPresent(t -> assertEquals(true,
          TraceValidator.validate(Interpreter.compile(model, NodesModel.bounds(3)), t).valid()));
    }
  }

  @Test
  void sortedAndEnumeratedSymmetryExploreTheSameClasses() {
    Interpreter in = Interpreter.compile(HandlesModel.build(false), HandlesModel.bounds(3));
    for (boolean allowSort : new boolean[] {true, false}) {
      ExploreResult r = new BfsExplorer(new IrSystem(in), Symmetry.of(in.layout(), allowSort).orElseThrow(), false,
          Budget.UNLIMITED, ProgressListener.NONE).run();
      assertEquals(2_600, r.states());
    }
  }

  private static EngineResult check(Model model, Bounds bounds, boolean symmetry) {
    return new ExplicitEngine()
        .check(new CheckRequest(model, bounds, symmetry, false, Budget.UNLIMITED), ProgressListener.NONE);
  }
}

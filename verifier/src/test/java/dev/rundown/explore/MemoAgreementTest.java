package dev.rundown.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.Compilation;
import dev.rundown.pipeline.Driver;
import dev.rundown.semantics.Interpreter;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The step memo gives exactly the interpreter's transitions: for every design under {@code models/} (rule
 * and wip directories excepted), on the first reachable states in BFS order, {@link MemoExpander} and the
 * plain {@link SystemExpander} report the same successors, in the same order, with the same violations.
 */
class MemoAgreementTest {
  private static final Path REPO = Path.of(System.getProperty("rundown.repo", ".."));
  private static final int STATES = 3_000;

  static Stream<String> designs() throws IOException {
    try (Stream<Path> walk = Files.walk(REPO.resolve("models"))) {
      List<String> files =
          walk.map(p -> REPO.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".rundown") && !p.contains("/rules/") && !p.contains("/wip/"))
              .sorted()
              .collect(Collectors.toList());
      return files.stream();
    }
  }

  /** The transitions of one state as comparable data: next packed words (or null) and violations each. */
  private static List<List<Long>> transitions(Expander expander, long[] packed, int words) {
    List<List<Long>> out = new ArrayList<>();
    expander.expand(
        packed,
        (next, violated, count) -> {
          List<Long> t = new ArrayList<>();
          if (next == null) {
            t.add(null);
          } else {
            for (int w = 0; w < words; w++) {
              t.add(next[w]);
            }
          }
          for (int i = 0; i < count; i++) {
            t.add((long) -1 - violated[i]);
          }
          out.add(t);
        });
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void memoAndInterpreterAgree(String file) {
    Compilation compiled = Driver.standard().compile(REPO.resolve(file));
    Model model = compiled.model().orElseThrow(() -> new AssertionError(compiled.diagnostics()));
    Interpreter interpreter = Interpreter.compile(model, Bounds.forModel(model, Map.of()));
    IrSystem system = new IrSystem(interpreter);
    StateCodec codec = new StateCodec(system, system.packingOrder());
    int words = codec.words();
    Expander memo = new MemoExpander(interpreter, codec);
    Expander plain = new SystemExpander(system, codec);

    long[] initial = new long[words];
    int[] state = new int[system.slotCount()];
    system.initial(0, state);
    codec.pack(state, initial, 0);
    Set<List<Long>> seen = new HashSet<>();
    ArrayDeque<long[]> queue = new ArrayDeque<>();
    queue.add(initial);
    seen.add(key(initial));
    int compared = 0;
    while (!queue.isEmpty() && compared < STATES) {
      long[] packed = queue.poll();
      List<List<Long>> expected = transitions(plain, packed, words);
      assertEquals(expected, transitions(memo, packed, words), () -> file + ": state " + Arrays.toString(packed));
      compared++;
      for (List<Long> t : expected) {
        if (t.get(0) != null) {
          long[] next = new long[words];
          for (int w = 0; w < words; w++) {
            next[w] = t.get(w);
          }
          if (seen.add(key(next))) {
            queue.add(next);
          }
        }
      }
    }
    assertTrue(compared > 0);
  }

  private static List<Long> key(long[] packed) {
    return Arrays.stream(packed).boxed().collect(Collectors.toList());
  }
}

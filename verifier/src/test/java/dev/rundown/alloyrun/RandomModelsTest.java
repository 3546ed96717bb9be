package dev.rundown.alloyrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;
import dev.rundown.explore.ExplicitEngine;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.pipeline.EngineAgreement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Generated small models (source text: two instances with enum, int, bool and reference fields, a global, random
 * guards and bodies with if, either, choose, +=, reads through references that may be none, an invariant and an
 * assert) through both engines: they agree within K = min(BFS depth + 1, 6) steps, and Alloy certifies the
 * explicit engine's verdicts and shortest lengths in every reachable state.
 */
class RandomModelsTest {
  @Property(tries = 8, seed = "20261122")
  void enginesAgreeOnGeneratedModels(@ForAll long seed) {
    String text = generate(new Random(seed));
    Model model = AlloyModels.of(text);
    CheckRequest request = AlloyModels.request(model, Bounds.forModel(model, Map.of()));
    EngineResult explicit = new ExplicitEngine().check(request, ProgressListener.NONE);
    int steps = Math.min(explicit.stats().depth() + 1, 6);
    EngineResult alloy = new AlloyEngine("sat4j", steps).check(request, ProgressListener.NONE);
    assertEquals(List.of(), EngineAgreement.disagreements(explicit, alloy, steps), text);
    EngineResult certified = new AlloyCertifier("sat4j", 100_000).run(request).orElseThrow();
    assertEquals(List.of(), EngineAgreement.disagreements(explicit, certified, Integer.MAX_VALUE), text);
  }

  static String generate(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append("model Random\nactors app\nenum E { A, B, C }\n");
    sb.append("kind K[2] { e: E = A; n: 0..2 = 0; f: bool; r: K? = none }\n");
    sb.append("var g: 0..3 = 0\n");
    int actions = 2 + r.nextInt(3);
    for (int a = 0; a < actions; a++) {
      sb.append("action app a").append(a).append("(x: K)\n  when ").append(condition(r, 2)).append("\n  do ");
      int stmts = 1 + r.nextInt(3);
      for (int s = 0; s < stmts; s++) {
        sb.append(statement(r, 2)).append('\n');
      }
    }
    sb.append("invariant Inv: ").append(r.nextBoolean() ? "all" : "no").append(" y: K | ")
        .append(condition(r, 1).replace("x.", "y.")).append('\n');
    return sb.toString();
  }

  private static String condition(Random r, int depth) {
    if (depth > 0 && r.nextInt(3) == 0) {
      return "(" + condition(r, depth - 1) + (r.nextBoolean() ? " and " : " or ") + condition(r, depth - 1) + ")";
    }
    switch (r.nextInt(6)) {
      case 0:
        return "x.e == " + "ABC".charAt(r.nextInt(3));
      case 1:
        return "x.n < " + (1 + r.nextInt(2));
      case 2:
        return "x.f";
      case 3:
        return "g <= " + r.nextInt(3);
      case 4:
        return "x.r != none";
      default:
        return "not x.f";
    }
  }

  private static String statement(Random r, int depth) {
    int kind = r.nextInt(depth > 0 ? 11 : 7);
    switch (kind) {
      case 0:
        return "x.e := " + "ABC".charAt(r.nextInt(3));
      case 1:
        return "x.n += 1";
      case 2:
        return "g := g + 1";
      case 3:
        return "x.f := not x.f";
      case 4:
        return "x.r := x";
      case 5:
        return "x.r.f := true";
      case 6:
        return "assert x.n < 2 as Small";
      case 7:
        return "if " + condition(r, 1) + " { " + statement(r, depth - 1) + " } else { " + statement(r, depth - 1) + " }";
      case 8:
        return "either { " + statement(r, depth - 1) + " } or when " + condition(r, 0) + " { "
            + statement(r, depth - 1) + " }";
      case 9:
        return "choose y: K where y.e != x.e { x.r := y }";
      default:
        return "x.n -= 1";
    }
  }
}

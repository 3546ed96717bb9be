package dev.rundown.pipeline;

import dev.rundown.engine.EngineResult;
import dev.rundown.engine.PropertyResult;
import dev.rundown.engine.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares an exhaustive (explicit) result with a bounded (Alloy, within {@code steps} steps) one of the same
 * model: a violation with a shortest trace of at most {@code steps} steps must be found by both, with traces of
 * the same length; one with a longer trace, and every property that holds, must hold within the bound.
 * Properties the exhaustive engine left undecided (INCONCLUSIVE) are not compared; a bounded INCONCLUSIVE (a
 * budget stopped it short of the steps asked) counts as "no violation within {@code steps}", which must then be
 * the steps it reached. Stateless.
 */
public final class EngineAgreement {
  private EngineAgreement() {}

  /**
   * One line per property on which the results disagree; empty when they agree. {@code Integer.MAX_VALUE} steps:
   * the second result covers every reachable state too.
   */
  public static List<String> disagreements(EngineResult exhaustive, EngineResult bounded, int steps) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < exhaustive.properties().size(); i++) {
      PropertyResult e = exhaustive.properties().get(i);
      PropertyResult b = bounded.properties().get(i);
      if (e.verdict() == Verdict.INCONCLUSIVE) {
        continue;
      }
      int length = e.trace().map(t -> t.length()).orElse(-1);
      boolean withinBound = e.verdict() == Verdict.VIOLATED && length <= steps;
      Verdict expected = withinBound ? Verdict.VIOLATED : Verdict.HOLDS;
      int boundedLength = b.trace().map(t -> t.length()).orElse(-1);
      Verdict found = b.verdict() == Verdict.INCONCLUSIVE ? Verdict.HOLDS : b.verdict();
      if (found != expected || (withinBound && boundedLength != length)) {
        out.add(e.property() + ": explicit " + e.verdict() + (length >= 0 ? " in " + length + " steps" : "")
            + ", alloy " + b.verdict() + (boundedLength >= 0 ? " in " + boundedLength + " steps" : "")
            + (steps == Integer.MAX_VALUE ? " (in every reachable state)" : " (within " + steps + " steps)"));
      }
    }
    return out;
  }
}

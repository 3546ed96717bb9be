package dev.rundown.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rundown.engine.Budget;
import dev.rundown.engine.Verdict;
import dev.rundown.ir.Model;
import dev.rundown.models.MutationPoints.Point;
import dev.rundown.pipeline.Compilation;
import dev.rundown.pipeline.Driver;
import dev.rundown.pipeline.ModelRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Model mutation test: every condition of every rule model (see {@link MutationPoints}) is replaced by
 * {@code true} in turn, and every design that loads the file is run until one design's verdicts differ from
 * its unmutated verdicts (killed). A design in which the mutated condition's property holds unmutated is skipped:
 * an assert, invariant, at-end or done condition that never failed there cannot change anything when it becomes
 * {@code true} (asserts do not block steps, so the reachable states are the same). A mutant no design notices survives; each survivor must be listed, with a
 * reason, in {@code models/MUTATION-ALLOWLIST.txt}, and every entry there must still be a survivor. Writes
 * {@code verifier/target/mutation-report.txt}.
 */
class MutationTest {
  private static final Path ALLOWLIST = Corpus.REPO.resolve("models/MUTATION-ALLOWLIST.txt");
  private static final Path REPORT = Corpus.REPO.resolve("verifier/target/mutation-report.txt");
  /** A mutant may grow a model; this many times its unmutated states (at least MIN_BUDGET) ends its run. */
  private static final long BUDGET_FACTOR = 20;
  private static final long MIN_BUDGET = 200_000;
  private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  enum Status { KILLED, SURVIVED, UNDECIDED, INVALID }

  /** A design's unmutated run: verdicts and states, with symmetry on when it declares a symmetric kind. */
  record Baseline(String design, boolean symmetry, long states, Map<String, Verdict> verdicts) {}

  @Test
  void everyRuleConditionIsNoticedByADesignOrAllowListed() {
    long started = System.nanoTime();
    Map<String, Baseline> baselines = baselines();
    double baselineSeconds = (System.nanoTime() - started) / 1e9;
    Map<String, List<Baseline>> loaders = designsLoading(baselines);
    List<Point> points = new ArrayList<>();
    List<Future<Outcome>> outcomes = new ArrayList<>();
    // Each mutant has its own driver and engine, and the engine keeps no static state, so mutants run in
    // parallel; results are read back in point order, so the report is deterministic.
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (String ruleFile : Corpus.ruleFiles()) {
        String text = Corpus.read(ruleFile);
        List<Baseline> designs = loaders.getOrDefault(ruleFile, List.of());
        for (Point point : MutationPoints.of(ruleFile, text)) {
          points.add(point);
          outcomes.add(pool.submit(() -> mutate(point, point.mutate(text), designs)));
        }
      }
      List<String> report = new ArrayList<>();
      Map<String, Status> unkilled = new TreeMap<>();
      int runs = 0;
      for (int i = 0; i < points.size(); i++) {
        Outcome outcome = outcomes.get(i).get();
        String key = points.get(i).key();
        runs += outcome.runs();
        report.add(key + "  " + outcome.status().name().toLowerCase() + outcome.by());
        if (outcome.status() != Status.KILLED) {
          unkilled.merge(key, outcome.status(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      report.add(
          String.format(
              "# %d mutation points, %d mutant runs, %d threads, %.1f s (unmutated baselines %.1f s)",
              points.size(), runs, THREADS, seconds, baselineSeconds));
      write(report);
      checkAgainstAllowList(points.size(), unkilled);
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void checkAgainstAllowList(int points, Map<String, Status> unkilled) {
    Map<String, String> allowed = allowList();
    List<String> unexplained =
        unkilled.entrySet().stream()
            .filter(e -> e.getValue() != Status.SURVIVED || !allowed.containsKey(e.getKey()))
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.toList());
    List<String> stale =
        allowed.keySet().stream().filter(k -> unkilled.get(k) != Status.SURVIVED).collect(Collectors.toList());
    assertFalse(points == 0);
    assertEquals(List.of(), unexplained, "survivors (or broken mutants) missing from " + ALLOWLIST + "; see " + REPORT);
    assertEquals(List.of(), stale, "allow-list entries that are no longer survivors");
  }

  /** The result of one mutant: its status, the design that killed it (or ""), and how many runs it took. */
  record Outcome(Status status, String by, int runs) {}

  private static Outcome mutate(Point point, String mutated, List<Baseline> designs) {
    Driver driver = Corpus.driver(point.path(), mutated);
    Status status = Status.SURVIVED;
    int runs = 0;
    for (Baseline baseline : designs) {
      if (point.property() != null && baseline.verdicts().get(point.property()) == Verdict.HOLDS) {
        continue;
      }
      Compilation compiled = driver.compile(Path.of(baseline.design()));
      if (compiled.model().isEmpty()) {
        return new Outcome(Status.INVALID, "  " + baseline.design(), runs);
      }
      long budget = Math.max(MIN_BUDGET, BUDGET_FACTOR * baseline.states());
      ModelRun run =
          Corpus.run(
              driver,
              baseline.design(),
              compiled.model().get(),
              baseline.symmetry(),
              new Budget(budget, Duration.ofMinutes(5), 0));
      runs++;
      Map<String, Verdict> verdicts = Corpus.verdicts(run);
      boolean undecided = false;
      for (Map.Entry<String, Verdict> e : baseline.verdicts().entrySet()) {
        Verdict now = verdicts.getOrDefault(e.getKey(), Verdict.INCONCLUSIVE);
        if (now == Verdict.INCONCLUSIVE) {
          undecided = true;
        } else if (now != e.getValue()) {
          return new Outcome(Status.KILLED, "  by " + baseline.design() + " (" + e.getKey() + " " + now + ")", runs);
        }
      }
      if (undecided) {
        status = Status.UNDECIDED;
      }
    }
    return new Outcome(status, "", runs);
  }

  private static Map<String, Baseline> baselines() {
    Driver driver = Corpus.driver(null, null);
    Map<String, Baseline> baselines = new LinkedHashMap<>();
    for (String design : Corpus.designs()) {
      Model model = Corpus.compile(driver, design);
      boolean symmetry = Corpus.hasSymmetricKind(model);
      ModelRun run = Corpus.run(driver, design, model, symmetry, Budget.UNLIMITED);
      baselines.put(design, new Baseline(design, symmetry, run.result().stats().states(), Corpus.verdicts(run)));
    }
    return baselines;
  }

  /** For each loaded file, the designs that load it, cheapest first (so a kill usually costs one small run). */
  private static Map<String, List<Baseline>> designsLoading(Map<String, Baseline> baselines) {
    Map<String, List<Baseline>> loaders = new TreeMap<>();
    for (Baseline baseline : baselines.values()) {
      for (String file : Corpus.loadedFiles(baseline.design())) {
        loaders.computeIfAbsent(file, f -> new ArrayList<>()).add(baseline);
      }
    }
    Comparator<Baseline> cheapest = Comparator.comparingLong(Baseline::states).thenComparing(Baseline::design);
    loaders.values().forEach(list -> list.sort(cheapest));
    return loaders;
  }

  /** {@code path:line kind} to reason; lines are {@code path:line kind — reason}, {@code #} starts a comment. */
  private static Map<String, String> allowList() {
    Map<String, String> allowed = new TreeMap<>();
    if (!Files.exists(ALLOWLIST)) {
      return allowed;
    }
    try {
      for (String line : Files.readAllLines(ALLOWLIST)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int dash = line.indexOf(" — ");
        if (dash < 0) {
          throw new AssertionError("allow-list line without ' — reason': " + line);
        }
        allowed.put(line.substring(0, dash).trim(), line.substring(dash + 3).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return allowed;
  }

  private static void write(List<String> report) {
    try {
      Files.createDirectories(REPORT.getParent());
      Files.write(REPORT, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

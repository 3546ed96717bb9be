package dev.rundown.explore;

import dev.rundown.ir.Model;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import dev.rundown.semantics.HandlesModel;

/**
 * Runs the handles benchmark by hand (not a test): {@code java -Xmx1g -cp <classes> dev.rundown.explore.HandlesBenchmarkMain
 * [N] [sym|nosym|both] [exact|fp] [repeat]}. Prints one line of figures per run, after a short warm-up run at N-1.
 */
public final class HandlesBenchmarkMain {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private HandlesBenchmarkMain() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String mode = args.length > 1 ? args[1] : "both";
    boolean exact = args.length > 2 && args[2].equals("exact");
    int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Model model = HandlesModel.build(false);
    Benchmark.run(model, HandlesModel.bounds(Math.max(1, n - 2)), false, exact, p -> {});
    for (boolean symmetry : new boolean[] {false, true}) {
      if (mode.equals(symmetry ? "nosym" : "sym")) {
        continue;
      }
      for (int r = 0; r < repeat; r++) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        BenchFigures f = Benchmark.run(model, HandlesModel.bounds(n), symmetry, exact, p -> System.err.println(p));
        System.out.printf("%s; thread cpu %.2f s%n", f, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
      }
    }
  }
}

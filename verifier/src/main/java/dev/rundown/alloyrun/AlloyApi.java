package dev.rundown.alloyrun;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.alloy4.Util;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4Tuple;
import edu.mit.csail.sdg.translator.A4TupleSet;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kodkod.engine.satlab.SATFactory;
import kodkod.engine.satlab.SATSolver;
import kodkod.solvers.SAT4J;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

/**
 * The one class that touches the Alloy API. Alloy keeps JVM-wide state (solver registry, counters), so every
 * call is serialised on one lock, and the solver registry is probed once ({@link #solvers()}, to be called
 * first on the main thread: concurrent first use of the native solvers has crashed the JVM). Results come
 * back as plain data: atoms as Alloy prints them.
 */
public final class AlloyApi {
  private static final Object LOCK = new Object();
  private static final String FILE = "/rundown/model.als";

  private AlloyApi() {}

  /**
   * A solved command: whether it is satisfiable (for a check: a counterexample exists), the value of each
   * evaluated expression in the instance (tuples of atoms; a true formula is one empty tuple, a false one none),
   * the size of the CNF, and the seconds spent in all and in translating to CNF.
   */
  public record Answer(
      boolean satisfiable, List<List<List<String>>> values, long primaryVars, long vars, long clauses,
      double seconds, double translateSeconds) {}

  /** Kodkod cannot number the tuples of the model at this scope: universe size ^ arity is at least 2^31. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** A solve was given up at its deadline: before the SAT solver started, or by SAT4J's own timeout. */
  public static final class OutOfTime extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfTime() {
      super("the time limit ran out during an Alloy solve");
    }
  }

  /** Lazily probes the solver registry once per JVM (class initialisation is once-only and thread-safe). */
  private static final class Registry {
    static final List<String> SOLVERS = probe();

    private static List<String> probe() {
      if (System.getProperty("alloy.native.exe.plingeling") == null) {
        System.setProperty("alloy.native.exe.plingeling", "NO");
      }
      if (System.getProperty("alloy.native.exe.electrod") == null) {
        System.setProperty("alloy.native.exe.electrod", "NO");
      }
      // slf4j without a binding prints a three-line warning on stderr when its first logger is made: make it
      // here, once, with stderr muted, so that Kodkod's logging stays silent.
      java.io.PrintStream err = System.err;
      System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      try {
        org.slf4j.LoggerFactory.getILoggerFactory();
      } finally {
        System.setErr(err);
      }
      List<String> ids = new ArrayList<>();
      for (SATFactory f : SATFactory.getSolvers()) {
        ids.add(f.id());
      }
      return List.copyOf(ids);
    }
  }

  /** The ids of the SAT solvers that load in this JVM ({@code sat4j} always). Call first, on the main thread. */
  public static List<String> solvers() {
    synchronized (LOCK) {
      return Registry.SOLVERS;
    }
  }

  /** Parses {@code text}; throws {@link AlloyException} with Alloy's message when it does not parse or type-check. */
  public static int parse(String text) {
    synchronized (LOCK) {
      solvers();
      return module(text, new A4Reporter()).getAllCommands().size();
    }
  }

  /**
   * Parses {@code text}, runs its last command with solver {@code solver}, and when it is satisfiable evaluates
   * each of {@code evaluate} (Alloy expressions or formulas) in the instance found.
   */
  public static Answer solve(String text, String solver, List<String> evaluate) {
    return solve(text, solver, evaluate, Long.MAX_VALUE);
  }

  /**
   * As {@link #solve(String, String, List)}, given up with {@link OutOfTime} once {@code System.nanoTime()}
   * passes {@code deadline}: checked when the CNF is ready, and during the search by SAT4J's timeout (the
   * native solvers cannot be stopped, so their search runs to the end). Translation itself is not interrupted.
   */
  public static Answer solve(String text, String solver, List<String> evaluate, long deadline) {
    synchronized (LOCK) {
      long start = System.nanoTime();
      CompModule module = module(text, solver);
      List<Command> commands = module.getAllCommands();
      return run(module, commands.get(commands.size() - 1), solver, evaluate, deadline, start);
    }
  }

  /**
   * Parses {@code text} once and runs each of its commands in order with solver {@code solver}; when command i
   * is satisfiable, evaluates each of {@code evaluate.get(i)} in its instance. Past {@code deadline}
   * ({@link System#nanoTime}; Long.MAX_VALUE: none), {@link OutOfTime}.
   */
  public static List<Answer> solveEach(String text, String solver, List<List<String>> evaluate, long deadline) {
    synchronized (LOCK) {
      long start = System.nanoTime();
      CompModule module = module(text, solver);
      List<Answer> answers = new ArrayList<>();
      List<Command> commands = module.getAllCommands();
      for (int i = 0; i < commands.size(); i++) {
        answers.add(run(module, commands.get(i), solver, evaluate.get(i), deadline, start));
        start = System.nanoTime();
      }
      return answers;
    }
  }

  private static CompModule module(String text, String solver) {
    if (!solvers().contains(solver)) {
      throw new AlloyException("SAT solver " + solver + " does not load here; available: " + solvers(), null);
    }
    return module(text, new A4Reporter());
  }

  /** Runs one command; {@code start} is when its work began (parsing, for the first), for the timings. */
  private static Answer run(CompModule module, Command command, String solver, List<String> evaluate,
      long deadline, long start) {
    long[] cnf = new long[4];
    A4Reporter reporter = new A4Reporter() {
      @Override
      public void solve(int plength, int primaryVars, int totalVars, int clauses) {
        cnf[0] = primaryVars;
        cnf[1] = totalVars;
        cnf[2] = clauses;
        cnf[3] = System.nanoTime() - start;
        if (System.nanoTime() - deadline >= 0) {
          throw new OutOfTime();
        }
      }
    };
    A4Options options = new A4Options();
    options.solver = factory(solver, deadline);
    options.noOverflow = false;
    // Alloy's bound-tightening pass resolves Pardinus' symbolic bounds over the whole universe; on the large
    // models it was most of the translation time (minifilter, 3 steps: 29 s to 6 s without it, same CNF).
    options.inferPartialInstance = false;
    try {
      A4Solution solution =
          TranslateAlloyToKodkod.execute_command(reporter, module.getAllReachableSigs(), command, options);
      List<List<List<String>>> values = new ArrayList<>();
      if (solution.satisfiable()) {
        for (String e : evaluate) {
          values.add(tuples(solution.eval(CompUtil.parseOneExpression_fromString(module, e))));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Answer(solution.satisfiable(), values, cnf[0], cnf[1], cnf[2], seconds, cnf[3] / 1e9);
    } catch (RuntimeException e) {
      if (System.nanoTime() - deadline >= 0 && outOfTime(e)) {
        throw new OutOfTime();
      }
      if (e instanceof Err && String.valueOf(e.getMessage()).startsWith("Translation capacity exceeded")) {
        throw new TooLarge(e.getMessage().replaceAll("\\s+", " ").strip());
      }
      if (e instanceof Err) {
        throw new AlloyException("Alloy could not run the model: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /**
   * The solver {@code id}; for SAT4J with no deadline the registry's, else one whose search stops at the deadline
   * (Kodkod's SAT4J adapter then throws a RuntimeException, which Alloy wraps).
   */
  private static SATFactory factory(String id, long deadline) {
    if (!id.equals("sat4j") || deadline == Long.MAX_VALUE) {
      return SATFactory.get(id);
    }
    return new SATFactory() {
      private static final long serialVersionUID = 1L;

      @Override
      public String id() {
        return "sat4j";
      }

      @Override
      public String type() {
        return "java";
      }

      @Override
      protected SATSolver createSolver() {
        ISolver sat4j = SolverFactory.instance().defaultSolver();
        sat4j.setTimeoutMs(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        return new SAT4J(sat4j);
      }
    };
  }

  /** Whether {@code e}, thrown past the deadline, is the deadline's doing: ours, or SAT4J's timeout wrapped. */
  private static boolean outOfTime(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfTime || (t.getClass() == RuntimeException.class && "timed out".equals(t.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  private static CompModule module(String text, A4Reporter reporter) {
    Map<String, String> loaded = new HashMap<>();
    String name = Util.canon(FILE);
    loaded.put(name, text);
    try {
      return CompUtil.parseEverything_fromFile(reporter, loaded, name);
    } catch (Err e) {
      throw new AlloyException("Alloy rejects the model: " + e.toString(), e);
    }
  }

  private static List<List<String>> tuples(Object value) {
    List<List<String>> out = new ArrayList<>();
    if (value instanceof A4TupleSet set) {
      for (A4Tuple t : set) {
        List<String> atoms = new ArrayList<>(t.arity());
        for (int i = 0; i < t.arity(); i++) {
          atoms.add(t.atom(i));
        }
        out.add(atoms);
      }
    } else if (value instanceof Boolean b) {
      if (b) {
        out.add(List.of());
      }
    } else if (value instanceof Integer i) {
      out.add(List.of(Integer.toString(i)));
    } else {
      throw new IllegalStateException("unexpected value from Alloy: " + value);
    }
    return out;
  }
}

package dev.rundown.cli;

import dev.rundown.pipeline.ModelRun;
import dev.rundown.pipeline.VerifyResult;

/**
 * The exit codes of {@code rundown}, a documented contract (README "Exit codes"). With several models, the first
 * of USAGE, VIOLATION, INCONCLUSIVE that applies wins.
 */
public enum ExitCode {
  /** Every {@code expect} is met and every property without one holds. */
  OK(0),
  /** A property without {@code expect} is violated, or an {@code expect} is not met. */
  VIOLATION(1),
  /** Bad usage (options, arguments) or a model error (file, syntax, type, bound). */
  USAGE(2),
  /** A budget stopped the run and some property without a met outcome is undecided. */
  INCONCLUSIVE(3),
  /** A bug in rundown: an unexpected exception or a broken internal invariant. */
  INTERNAL(70);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The code that wins when two parts of one command end differently: USAGE, VIOLATION, INCONCLUSIVE, OK. */
  public static ExitCode worst(ExitCode a, ExitCode b) {
    for (ExitCode c : new ExitCode[] {INTERNAL, USAGE, VIOLATION, INCONCLUSIVE}) {
      if (a == c || b == c) {
        return c;
      }
    }
    return OK;
  }

  /** The exit code of a verify run. */
  public static ExitCode of(VerifyResult result) {
    if (result.hasErrors()) {
      return USAGE;
    }
    if (result.runs().stream().anyMatch(ModelRun::hasUnmetOutcome)) {
      return VIOLATION;
    }
    if (result.runs().stream().anyMatch(ModelRun::hasUndecided)) {
      return INCONCLUSIVE;
    }
    return OK;
  }
}

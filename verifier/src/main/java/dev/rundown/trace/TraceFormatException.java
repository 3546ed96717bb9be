package dev.rundown.trace;

/**
 * A {@code trace.json} that cannot be read: the file, where in it (a JSON path such as {@code $.steps[3].state},
 * or {@code line L, column C} for a syntax error) and what is wrong. {@link #getMessage()} is
 * {@code file: where: problem}.
 */
public final class TraceFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String where;
  private final String problem;

  public TraceFormatException(String file, String where, String problem) {
    super(file + ": " + where + ": " + problem);
    this.file = file;
    this.where = where;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public String where() {
    return where;
  }

  public String problem() {
    return problem;
  }
}

package dev.rundown.alloyrun;

/** The Alloy API rejected a model or could not run it (syntax or type error, solver that does not load). */
public final class AlloyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AlloyException(String message, Throwable cause) {
    super(message, cause);
  }
}

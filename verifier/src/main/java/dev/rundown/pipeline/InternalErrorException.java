package dev.rundown.pipeline;

/**
 * A broken promise inside the tool (for example an IR that fails validation), never a problem of the input.
 * The command line reports it as an internal error.
 */
public final class InternalErrorException extends RuntimeException {
  public InternalErrorException(String message) {
    super(message);
  }
}

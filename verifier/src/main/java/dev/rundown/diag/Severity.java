package dev.rundown.diag;

/** How serious a diagnostic is; any ERROR stops the pipeline after its stage. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE
}

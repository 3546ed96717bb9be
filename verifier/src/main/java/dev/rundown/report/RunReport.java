package dev.rundown.report;

import java.util.List;

/**
 * Everything one {@code rundown verify} found, for publishers: the tool version, one report per model run, and
 * the exit status of the run. Immutable.
 */
public record RunReport(String version, List<ModelReport> models, int exit) {
  /** The tool's name as reports print it. */
  public static final String TOOL = "rundown";

  /** The tool's version as reports and {@code --version} print it. */
  public static final String VERSION = "0.1.0";

  public RunReport {
    models = List.copyOf(models);
  }

  public static RunReport of(List<ModelReport> models, int exit) {
    return new RunReport(VERSION, models, exit);
  }
}

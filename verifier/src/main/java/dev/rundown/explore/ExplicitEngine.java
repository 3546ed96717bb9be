package dev.rundown.explore;

import dev.rundown.engine.CheckRequest;
import dev.rundown.engine.Engine;
import dev.rundown.engine.EngineResult;
import dev.rundown.engine.ProgressListener;

/** STUB (replaced by the explorer work): exhaustive breadth-first explicit-state engine. */
public final class ExplicitEngine implements Engine {
  @Override
  public String id() {
    return "explicit";
  }

  @Override
  public EngineResult check(CheckRequest request, ProgressListener progress) {
    throw new UnsupportedOperationException("explorer not yet written");
  }
}

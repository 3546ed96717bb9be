package dev.rundown.engine;

/** A checking engine. Implementations are stateless between calls and never print. */
public interface Engine {
  /** A short id: {@code explicit}, later {@code alloy}. */
  String id();

  EngineResult check(CheckRequest request, ProgressListener progress);
}

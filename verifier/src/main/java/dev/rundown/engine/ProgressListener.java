package dev.rundown.engine;

/** Receives progress samples from an engine (about once a second); engines never print. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = p -> {};

  void onProgress(Progress progress);
}

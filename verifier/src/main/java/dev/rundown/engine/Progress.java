package dev.rundown.engine;

/** A progress sample of a running exploration. Immutable. */
public record Progress(long states, long frontier, int depth, double statesPerSecond, long usedHeapBytes, double seconds) {}

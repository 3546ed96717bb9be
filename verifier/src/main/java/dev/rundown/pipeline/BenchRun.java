package dev.rundown.pipeline;

import dev.rundown.engine.Stats;

/** One benchmark point: {@code n} instances, symmetry on or off, the engine's figures and the peak heap. Immutable. */
public record BenchRun(int n, boolean symmetry, Stats stats, long peakHeapBytes) {}

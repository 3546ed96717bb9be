package dev.rundown.engine;

/**
 * Figures of one run: distinct states, transitions explored, BFS depth reached, wall-clock seconds,
 * peak used heap, and fingerprint collisions found (exact mode only). Immutable.
 */
public record Stats(long states, long transitions, int depth, double seconds, long peakHeapBytes, long collisions) {}

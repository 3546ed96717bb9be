package dev.rundown.engine;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;

/**
 * What to check: a lowered model at given bounds, with symmetry reduction and exact (collision-checking)
 * state storage switched on or off, within a budget. Immutable.
 */
public record CheckRequest(Model model, Bounds bounds, boolean symmetry, boolean exact, Budget budget) {}

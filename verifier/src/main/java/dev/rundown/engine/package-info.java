/**
 * The API every engine answers: {@link dev.rundown.engine.CheckRequest} in,
 * {@link dev.rundown.engine.EngineResult} out (verdict and validated trace per property, stats, stop
 * reason), budgets and progress callbacks. Depends on {@code ir}, {@code trace}, {@code value}.
 */
package dev.rundown.engine;

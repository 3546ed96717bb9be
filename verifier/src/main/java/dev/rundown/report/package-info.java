/**
 * Reports: a {@link dev.rundown.report.RunReport} (what ran, at which bounds, with which verdicts, traces and
 * exit status) and publishers that turn it into text or JSON. Publishers return strings and never do I/O; the
 * output is deterministic (no timings unless asked, no absolute paths, no timestamps), so it can be golden-tested.
 *
 * <p>May depend on {@code engine, trace, ir, value, source, diag}; never on {@code pipeline} or {@code cli}.
 * Usage: see {@code TextPublisherTest} and {@code JsonPublisherTest}.
 */
package dev.rundown.report;

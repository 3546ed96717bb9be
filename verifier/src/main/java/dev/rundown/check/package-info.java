/**
 * Name resolution and type checking: {@link dev.rundown.check.Checker} turns the parsed files of a model
 * (root first, then its includes) into a {@link dev.rundown.check.CheckedModel} of typed declarations and
 * bodies ({@link dev.rundown.check.TypedExpr}, {@link dev.rundown.check.TypedStmt}), or diagnostics RD2xx/RD30x.
 *
 * <p>Declarations are collected in textual-inclusion order ({@code IncludeSplicer}) into a symbol table
 * ({@code Declarations}); bodies are typed by {@code ExprChecker} and {@code StmtChecker} (placement rules
 * included); {@code CallGraphRule} forbids recursive API calls and multi-step operations in one-step contexts;
 * {@code PropertyTable} orders properties by first appearance. Rule ids are checked against
 * {@link dev.rundown.check.RuleCatalog}.
 *
 * <p>Depends on {@code syntax.ast}, {@code diag}, {@code source} and Guava only. Usage:
 * {@code CheckResult r = Checker.check(List.of(rootFile, includedFile));} then {@code r.model()} when
 * {@code r.diagnostics()} has no error; see {@code CheckSnippetsTest} and {@code src/test/resources/check/}.
 */
package dev.rundown.check;

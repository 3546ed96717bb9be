/**
 * Syntax of the rundown language: {@link dev.rundown.syntax.Lexer} (text to tokens),
 * {@link dev.rundown.syntax.Parser} (tokens to the AST of {@code syntax.ast}, with error recovery) and
 * {@link dev.rundown.syntax.AstPrinter} (the AST as S-expressions, for golden tests).
 *
 * <p>Depends only on {@code source}, {@code diag}, {@code syntax.ast} and Guava. Entry point:
 * {@code ParseResult r = Parser.parse(new SourceFile("m.rundown", text));} then {@code r.file()} and
 * {@code r.diagnostics()}; see {@code ParserCorpusTest} and the corpus under
 * {@code src/test/resources/parser/} for every construct and its tree.
 */
package dev.rundown.syntax;

/**
 * Tests of the model corpus under {@code models/}: pinned state counts and expectations, the rule-model mutation
 * test, and the generated rule coverage table. Test code only; uses the public pipeline, syntax and engine APIs.
 */
package dev.rundown.models;

import type { Plugin } from 'vite';

/** How the bundler wraps a CommonJS module (React, React DOM): `__commonJSMin(((exports, module) => {`. */
const arrowWrapper = /__commonJSMin\(\(\(([\w$, ]*)\) => \{/g;
/** A wrapper that is not (yet) a parenthesised function. */
const notRewritten = /__commonJSMin\((?!\(function \()/g;

/**
 * Writes each CommonJS module's wrapper as a parenthesised `function` rather than a parenthesised
 * arrow. V8 compiles a function written `(function () { ... })` while the chunk streams in, off the
 * main thread, expecting it to be called soon; the arrow form did not get that here. React DOM's
 * wrapper, the largest, runs when the app's code first runs, which is on the press of "Start now"
 * when that press is the person's first touch: pressed so, 33 of 42 loads had a task over 50 ms
 * with arrows, 16 of 42 with functions (decision record 0011). The wrapper is called without a
 * `this`, so the two forms mean the same.
 */
export function rewriteCommonJsWrappers(code: string): string {
  const rewritten = code.replace(arrowWrapper, '__commonJSMin((function ($1) {');
  const left = rewritten.match(notRewritten)?.length ?? 0;
  // A wrapper of another shape means the bundler's output changed: better a failed build than a slower app.
  if (left > 0) throw new Error(`${left} CommonJS wrapper(s) not in the expected shape; see scripts/eager-commonjs-wrappers.ts`);
  return rewritten;
}

/** The build's chunks, with their CommonJS wrappers rewritten before they are minified. */
export function eagerCommonJsWrappers(): Plugin {
  return {
    name: 'eager-commonjs-wrappers',
    apply: 'build',
    renderChunk: (code) => (code.includes('__commonJSMin(') ? rewriteCommonJsWrappers(code) : null),
  };
}

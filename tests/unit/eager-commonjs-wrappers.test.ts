import { describe, expect, it } from 'vitest';
import { rewriteCommonJsWrappers } from '#scripts/eager-commonjs-wrappers.ts';

// Chunks as the bundler writes them before minifying (vite build --minify false).
const chunk = [
  'var require_scheduler = /* @__PURE__ */ __commonJSMin(((exports) => {',
  '\texports.unstable_now = () => performance.now();',
  '}));',
  'var require_react_dom = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
  '\tmodule.exports = require_scheduler();',
  '}));',
].join('\n');

describe('CommonJS wrappers written for V8 to compile ahead', () => {
  it('turns each arrow wrapper into a parenthesised function with the same parameters and body', () => {
    expect(rewriteCommonJsWrappers(chunk)).toBe(
      [
        'var require_scheduler = /* @__PURE__ */ __commonJSMin((function (exports) {',
        '\texports.unstable_now = () => performance.now();',
        '}));',
        'var require_react_dom = /* @__PURE__ */ __commonJSMin((function (exports, module) {',
        '\tmodule.exports = require_scheduler();',
        '}));',
      ].join('\n'),
    );
  });

  it('leaves a chunk without CommonJS modules as it is', () => {
    const code = 'export const answer = () => 42;';
    expect(rewriteCommonJsWrappers(code)).toBe(code);
  });

  it('fails the build on a wrapper of another shape rather than leave it to the main thread', () => {
    expect(() => rewriteCommonJsWrappers('var require_x = __commonJSMin((exports) => {\n});')).toThrow(/1 CommonJS wrapper/);
  });
});

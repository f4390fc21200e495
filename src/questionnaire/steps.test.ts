import { describe, expect, it } from 'vitest';
import { answersOf, personas, type PersonaName } from '#tests/fixtures/personas.ts';
import { fieldIds, type Answers } from './fields.ts';
import { steps } from './steps.ts';

describe('question definitions', () => {
  it('ask every field on exactly one page', () => {
    const asked = steps.flatMap((step) => [...step.fields]);
    expect([...asked].sort()).toEqual([...fieldIds].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('use stable, readable ids: camelCase fields and kebab-case pages', () => {
    for (const id of fieldIds) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    for (const step of steps) expect(step.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
  });

  it('decide whether a page applies from earlier answers only', () => {
    for (const name of Object.keys(personas) as PersonaName[]) {
      const answers = answersOf(name);
      steps.forEach((step, index) => {
        if (!('showIf' in step)) return;
        const earlier: Answers = {};
        for (const previous of steps.slice(0, index)) {
          for (const id of previous.fields) Object.assign(earlier, { [id]: answers[id] });
        }
        expect(step.showIf(earlier), `${step.id} for ${name}`).toBe(step.showIf(answers));
      });
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRYPOINTS = path.resolve(import.meta.dirname, '../../src/entrypoints');
const actions = readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('-action.ts'));

// Importing no other action is checked with the rest of the layering by `npm run lint:layers`.
describe('an action module', () => {
  it('exists for every action', () => {
    expect(actions.length).toBeGreaterThanOrEqual(7);
  });

  it.each(actions)(
    '%s reads inputs, calls the composition root and a use case, in under 80 lines',
    (file) => {
      const text = readFileSync(path.join(ENTRYPOINTS, file), 'utf8');
      expect(text.split('\n').length).toBeLessThan(80);
      expect(text).not.toMatch(/from '\.\/[^']+-action\.js'/);
    },
  );
});

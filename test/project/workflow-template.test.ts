import { describe, expect, it } from 'vitest';
import {
  fillActionReference,
  ignoreRunsFolder,
  repositorySettings,
} from '../../src/domain/init/workflow-template.js';

const reference = { repository: 'acme/batchbench', ref: 'v3' };

describe('filling in a workflow template', () => {
  it('fills every uses: of an action of the repository, with or without a path', () => {
    const text = [
      '# replace OWNER/batchbench@v1 with the release you use',
      'steps:',
      '  - uses: actions/checkout@v4',
      '  - uses: OWNER/batchbench@v1',
      '  - uses: OWNER/batchbench/actions/submit@v1 # the submit step',
    ].join('\n');
    expect(fillActionReference(text, 't.yml', reference).split('\n')).toEqual([
      '# replace acme/batchbench@v3 with the release you use',
      'steps:',
      '  - uses: actions/checkout@v4',
      '  - uses: acme/batchbench@v3',
      '  - uses: acme/batchbench/actions/submit@v3 # the submit step',
    ]);
  });

  it("sets the ref of a checkout of the repository, and only that checkout's", () => {
    const text = [
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: main',
      '      - uses: actions/checkout@v4',
      '        with:',
      '          ref: v1',
      '          repository: OWNER/batchbench',
      '          path: .batchbench',
      '      - run: echo',
    ].join('\n');
    const filled = fillActionReference(text, 't.yml', reference).split('\n');
    expect(filled[2]).toBe('          ref: main');
    expect(filled[5]).toBe('          ref: v3');
    expect(filled[6]).toBe('          repository: acme/batchbench');
  });

  it('refuses a placeholder it does not know, naming the file and line', () => {
    expect(() => fillActionReference('a: 1\nb: OWNER/other@v1\n', 't.yml', reference)).toThrow(
      /^t\.yml:2: a placeholder .*OWNER\/other@v1/,
    );
  });
});

describe('what the workflows read', () => {
  it('lists variables (those with a default as optional) and secrets, not GITHUB_TOKEN or comments', () => {
    const settings = repositorySettings([
      "# vars.IN_A_COMMENT\nrole: ${{ vars.ROLE }}\nregion: ${{ vars.REGION || 'us-east-1' }}",
      'token: ${{ secrets.GITHUB_TOKEN }}\nnpm: ${{ secrets.NPM_TOKEN }}\nrole: ${{ vars.ROLE }}',
    ]);
    expect(settings).toEqual({ variables: ['REGION', 'ROLE'], optional: ['REGION'], secrets: ['NPM_TOKEN'] });
  });
});

describe('.gitignore', () => {
  it('gets .batchbench/ once, on a line of its own', () => {
    expect(ignoreRunsFolder(undefined)).toMatch(/^(#.*\n)?\.batchbench\/\n$/);
    const appended = ignoreRunsFolder('dist')!;
    expect(appended).toMatch(/^dist\n(#.*\n)?\.batchbench\/\n$/);
    expect(ignoreRunsFolder(appended)).toBeUndefined();
    expect(ignoreRunsFolder('/.batchbench\n')).toBeUndefined();
  });
});

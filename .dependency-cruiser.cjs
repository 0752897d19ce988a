// The layering of src/ (docs/architecture.md), checked by `npm run lint`:
//   domain <- ports <- app <- adapters <- compose <- cli | entrypoints
// Arrows point inward only; the domain does no I/O; no import cycles; no action imports another.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle makes load order matter and the layers meaningless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-no-io',
      comment: 'src/domain is pure: no Node built-in (fs, child_process, os, path, ...).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-no-sdk',
      comment:
        'src/domain uses only pure packages (parsing, tables); SDKs and the runner toolkit are adapters.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/(yaml|ajv|ajv-formats|markdown-table)/',
      },
    },
    {
      name: 'domain-inward',
      comment: 'src/domain imports nothing of the project outside it (data files such as the schema aside).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(ports|app|adapters|compose|cli|entrypoints)/' },
    },
    {
      name: 'ports-inward',
      comment: 'Ports are interfaces over domain types.',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { path: '^src/(app|adapters|compose|cli|entrypoints)/' },
    },
    {
      name: 'app-inward',
      comment: 'Use cases depend on the domain and the ports; the concrete adapters are handed in.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: {
        path: ['^src/(adapters|compose|cli|entrypoints)/', '^node_modules/(@aws-sdk|@actions|@octokit)/'],
      },
    },
    {
      name: 'app-no-process',
      comment: 'Use cases start no processes: that is an adapter.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^(node:)?child_process$', dependencyTypes: ['core'] },
    },
    {
      name: 'adapters-inward',
      comment: 'An adapter implements a port; it knows neither the use cases nor who wires it.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(app|compose|cli|entrypoints)/' },
    },
    {
      name: 'compose-inward',
      comment: 'The composition root builds adapters for the CLI and the actions, and knows neither.',
      severity: 'error',
      from: { path: '^src/compose/' },
      to: { path: '^src/(cli|entrypoints)/' },
    },
    {
      name: 'cli-not-actions',
      comment: 'The CLI and the actions are two edges; what they share is in compose/ or app/.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/entrypoints/' },
    },
    {
      name: 'actions-not-cli',
      severity: 'error',
      from: { path: '^src/entrypoints/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-action-imports-an-action',
      comment:
        'Each action module stands alone; what two actions share goes in a module that is not an action.',
      severity: 'error',
      from: { path: '^src/entrypoints/([^/]+)-action[.]ts$' },
      to: { path: '^src/entrypoints/[^/]+-action[.]ts$', pathNot: '^src/entrypoints/$1-action[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

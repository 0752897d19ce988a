import type { YamlSource } from './yaml-source.js';

/** Which of the two file kinds a parsed file is, so one `validate` command can take both. */
export function fileKind(source: YamlSource): 'experiment' | 'campaign' {
  const data = source.data as Record<string, unknown> | undefined;
  return data?.kind === 'campaign' ? 'campaign' : 'experiment';
}

import { readYamlSource } from './yaml-source.js';

/** Which of the two file kinds a text is, so one `validate` command can take both. */
export function fileKind(text: string, file: string): 'experiment' | 'campaign' {
  const data = readYamlSource(text, file).data as Record<string, unknown> | undefined;
  return data?.kind === 'campaign' ? 'campaign' : 'experiment';
}

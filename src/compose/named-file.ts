import { readSourceFile } from '../adapters/source-file.js';
import { unreadableProblem, type Problem } from '../domain/experiment/problem.js';

/** Where the files a user names are read from. */
export interface NamedFileSettings {
  /** Where relative paths start: the CLI's working folder, the runner's workspace. */
  cwd: string;
  /** A path the user named may lead outside cwd (the CLI); an action's never does. */
  allowNamedOutside?: boolean;
}

/**
 * The text of an experiment or campaign file the user named, or the located problem that says
 * why it could not be read; `hint` names the kind of file wanted.
 */
export async function readNamedFile(
  file: string,
  settings: NamedFileSettings,
  hint: string,
): Promise<{ text: string } | { problem: Problem }> {
  try {
    const text = await readSourceFile(file, {
      root: settings.cwd,
      ...(settings.allowNamedOutside ? { allowNamedOutside: true } : {}),
    });
    return { text };
  } catch (error) {
    return { problem: unreadableProblem(file, error, hint) };
  }
}

import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

// A setup file of the unit suite: runs in every test file, so every folder tempDir() made in that
// file is removed once the file's tests are done.
afterAll(() => removeTempDirs());

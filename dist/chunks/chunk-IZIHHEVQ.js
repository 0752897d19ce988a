import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, failed: 1, usage: 2, bug: 70, interrupted: 130 };

export {
  EXIT
};

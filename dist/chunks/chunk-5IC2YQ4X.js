import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/entrypoints/configuration-error.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};

export {
  ConfigurationError
};

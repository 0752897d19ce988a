import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/user-error.ts
var UserError = class extends Error {
  name = "UserError";
  location;
  /** What to do about it, one sentence. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    const { file, line, column, hint } = options;
    this.location = { file, line, column };
    this.hint = hint;
  }
};
function isUserError(error) {
  return error instanceof UserError;
}

export {
  UserError,
  isUserError
};

import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/adapters/request-log.ts
import { appendFileSync } from "node:fs";
function appendRequestRecord(file, record, replacer) {
  appendFileSync(file, `${JSON.stringify(record, replacer)}
`);
}

export {
  appendRequestRecord
};

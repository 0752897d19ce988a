import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/report/escape.ts
var ZERO_WIDTH_JOINER = "\u200D";
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
function stripControl(text) {
  return text.replace(LINE_BREAKS, " ").replace(CONTROL, "");
}
function stripControlKeepText(text) {
  return text.replace(/\t/g, "  ").replace(/[\r\n\u2028\u2029]/g, " ").replace(CONTROL, "");
}
function clip(text, max) {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
var MARKDOWN_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeMarkdown(text) {
  return stripControl(text).replace(/[&<>]/g, (c) => MARKDOWN_ENTITIES[c] ?? c).replace(/[\\|*_[\]()#`!~$]/g, "\\$&").replace(/^[-+=]/, "\\$&").replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/\\#(?=[\p{L}\p{N}])/gu, `\\#${ZERO_WIDTH_JOINER}`).replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return stripControl(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
function escapeHtmlPre(text) {
  return stripControlKeepText(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
function mermaidLabel(text, max = 40) {
  const safe = stripControl(text).replace(/"/g, "'").replace(/[^\p{L}\p{N} ._:=,+\-/×()']/gu, "").replace(/\s+/g, " ").trim();
  return clip(safe, max) || "?";
}
function codeFence(lines) {
  let longest = 0;
  for (const line of lines) {
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  }
  return "`".repeat(Math.max(3, longest + 1));
}
function safeHttpsUrl(url) {
  if (url == null) return void 0;
  return /^https:\/\/[^\s<>()"'`\\|]+$/.test(url) ? url : void 0;
}
function escapeGithubHtml(text) {
  return escapeHtml(text).replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/#(?=[\p{L}\p{N}])/gu, `#${ZERO_WIDTH_JOINER}`);
}

export {
  stripControlKeepText,
  clip,
  escapeMarkdown,
  escapeHtml,
  escapeHtmlPre,
  mermaidLabel,
  codeFence,
  safeHttpsUrl,
  escapeGithubHtml
};

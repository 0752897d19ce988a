import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/report/format.ts
var UNKNOWN = "\u2014";
function grouped(decimal) {
  const parts = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!parts) return decimal;
  const [, sign = "", whole = "", fraction = ""] = parts;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${fraction}`;
}
function toDecimals(value, digits) {
  const scaled = Math.round(Number(`${value}e${digits}`));
  return Number.isSafeInteger(scaled) ? Number(`${scaled}e-${digits}`).toFixed(digits) : value.toFixed(digits);
}
function known(value) {
  return value != null && Number.isFinite(value);
}
function formatSeconds(seconds) {
  if (!known(seconds)) return UNKNOWN;
  if (seconds < 0) return `-${formatSeconds(-seconds)}`;
  if (seconds === 0) return "0 s";
  if (seconds < 1e-3) return `${(seconds * 1e6).toFixed(0)} \xB5s`;
  if (seconds < 1) return `${Number((seconds * 1e3).toPrecision(3))} ms`;
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${pad2(whole % 60)}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h ${pad2(minutes % 60)}m`;
  const hours = Math.round(seconds / 3600);
  return `${Math.floor(hours / 24)}d ${pad2(hours % 24)}h`;
}
function pad2(n) {
  return n.toString().padStart(2, "0");
}
function formatUsd(usd) {
  if (!known(usd)) return UNKNOWN;
  if (usd < 0) return `-${formatUsd(-usd)}`;
  if (usd === 0) return "$0.00";
  const rounded = Number(usd.toPrecision(2));
  if (rounded < 0.1) {
    const digits = Math.max(2, 1 - Math.floor(Math.log10(rounded)));
    return `$${rounded.toFixed(digits).replace(/(\.\d\d\d*?)0+$/, "$1")}`;
  }
  return `$${grouped(toDecimals(usd, 2))}`;
}
function formatTotalUsd(usd) {
  return known(usd) ? formatUsd(usd) : "unknown";
}
function formatUsdDelta(usd) {
  if (!known(usd)) return UNKNOWN;
  return usd < 0 ? formatUsd(usd) : `+${formatUsd(usd)}`;
}
function formatSpeedup(value) {
  return known(value) ? `${value.toFixed(2)}\xD7` : UNKNOWN;
}
function formatSpeedupInterval(interval) {
  if (interval == null || !known(interval.value)) return UNKNOWN;
  if (interval.unbounded) return `${formatSpeedup(interval.value)} [unbounded]`;
  const [lo, hi] = interval.ci ?? [NaN, NaN];
  if (!known(lo) || !known(hi)) return formatSpeedup(interval.value);
  return `${formatSpeedup(interval.value)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
}
function formatSecondsInterval(ci) {
  if (ci == null || !known(ci[0]) || !known(ci[1])) return UNKNOWN;
  return `[${formatSeconds(ci[0])}, ${formatSeconds(ci[1])}]`;
}
function formatPercent(ratio) {
  if (!known(ratio)) return UNKNOWN;
  const pct = ratio * 100;
  const abs = Math.abs(pct);
  const digits = abs >= 10 || abs === 0 ? 0 : abs >= 1 ? 1 : 2;
  return `${pct.toFixed(digits)}%`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
function formatFixed(value, decimals) {
  return known(value) ? value.toFixed(decimals) : UNKNOWN;
}
function formatCount(value) {
  return known(value) ? grouped(Math.round(value).toFixed(0)) : UNKNOWN;
}
function formatMetric(value) {
  if (!known(value)) return UNKNOWN;
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  if (Math.abs(value) >= 1e15) return value.toExponential(3);
  return grouped(String(Number(value.toPrecision(4))));
}
function formatBytes(bytes) {
  if (!known(bytes)) return UNKNOWN;
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
function formatMeanSd(summary) {
  if (!known(summary.mean)) return UNKNOWN;
  if (summary.n < 2 || !known(summary.sd)) return formatSeconds(summary.mean);
  return `${formatSeconds(summary.mean)} \xB1 ${formatSeconds(summary.sd)}`;
}
function formatConfidence(confidence) {
  return known(confidence) ? `${Number((confidence * 100).toPrecision(3))}%` : UNKNOWN;
}
function formatValues(values) {
  const parts = Object.entries(values).map(([key, value]) => `${key}=${String(value)}`);
  return parts.length > 0 ? parts.join(", ") : UNKNOWN;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

export {
  UNKNOWN,
  formatSeconds,
  formatUsd,
  formatTotalUsd,
  formatUsdDelta,
  formatSpeedupInterval,
  formatSecondsInterval,
  formatPercent,
  plural,
  formatFixed,
  formatCount,
  formatMetric,
  formatBytes,
  formatMeanSd,
  formatConfidence,
  formatValues,
  markdownTable
};

/**
 * Every Mermaid block of the example reports, drawn by the real `mermaid` package in Debian's
 * headless Chromium, as GitHub draws them: a syntax error, an x label twice in one chart,
 * labels whose drawn boxes overlap, or a measured line a reader cannot tell from the ideal one
 * fails the test. The HTML report is screenshot in the same browser.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/domain/report/html.js';
import { renderMarkdown } from '../../../src/domain/report/markdown.js';
import {
  CHROMIUM_REQUIRED,
  chromiumAvailable,
  launchChromium,
  serveLoopback,
  type Browser,
  type Site,
} from '../../support/chromium.js';
import { exampleReports } from '../history/example-reports.js';
import { tempDir } from '../../support/temp-dir.js';

const reports = exampleReports();

interface Drawn {
  error?: string;
  title: string;
  /** How far the title's drawn box runs past the chart's left and right edges, in px. */
  titleOverflow: number;
  background: string;
  labels: { text: string; left: number; right: number; top: number; bottom: number }[];
  lines: { stroke: string; width: number }[];
  bars: string[];
}

/** The little of the DOM the page function uses (the project compiles without the DOM library). */
interface PageElement {
  innerHTML: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
}

interface PageGlobals {
  mermaid: { render(id: string, code: string): Promise<{ svg: string }> };
  document: { getElementById(id: string): PageElement | null };
}

/** Runs in the page: draws one chart with mermaid and reads what it drew. */
async function drawInPage(args: { code: string; id: string }): Promise<Drawn> {
  const { mermaid, document } = globalThis as unknown as PageGlobals;
  const out = document.getElementById('out')!;
  try {
    out.innerHTML = (await mermaid.render(args.id, args.code)).svg;
  } catch (error) {
    return {
      error: String(error),
      title: '',
      titleOverflow: 0,
      background: '',
      labels: [],
      lines: [],
      bars: [],
    };
  }
  const svg = out.querySelector('svg')!;
  const all = (selector: string): PageElement[] => Array.from(svg.querySelectorAll(selector));
  const frame = svg.getBoundingClientRect();
  const titleBox = svg.querySelector('.chart-title text')?.getBoundingClientRect();
  return {
    title: svg.querySelector('.chart-title text')?.textContent ?? '',
    titleOverflow: titleBox ? Math.max(0, frame.left - titleBox.left, titleBox.right - frame.right) : 0,
    background: svg.querySelector('rect.background')?.getAttribute('fill') ?? '',
    labels: all('.bottom-axis .label text').map((t) => {
      const box = t.getBoundingClientRect();
      return {
        text: t.textContent ?? '',
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
      };
    }),
    lines: all('.plot [class^="line-plot"] path').map((p) => ({
      stroke: p.getAttribute('stroke') ?? '',
      width: Number(p.getAttribute('stroke-width') ?? '1'),
    })),
    bars: all('.plot [class^="bar-plot"] rect').map((r) => r.getAttribute('fill') ?? ''),
  };
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Index of the ideal line in the source: its values are proportional to x, the measured ones are not. */
function idealIndex(code: string): number {
  const xs = (JSON.parse(/x-axis "[^"]*" (\[.*\])/.exec(code)![1]!) as string[]).map(Number);
  const lines = [...code.matchAll(/^ {2}line (\[.*\])$/gm)].map((m) => JSON.parse(m[1]!) as number[]);
  const index = lines.findIndex((values) => {
    const ratio = values[0]! / xs[0]!;
    return values.every((v, i) => Math.abs(v / xs[i]! / ratio - 1) < 2e-3);
  });
  expect(index, `no ideal line in\n${code}`).toBeGreaterThanOrEqual(0);
  return index;
}

function overlaps(a: Drawn['labels'][number], b: Drawn['labels'][number]): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

function checkChart(code: string, drawn: Drawn): void {
  expect(drawn.error, code).toBeUndefined();
  // A chart of one stage names it; a chart across stages has a bar per stage.
  expect(drawn.title, code).toMatch(/\(stage [^)]+\)|per stage$/);
  expect(drawn.titleOverflow, `title cut off: ${drawn.title}`).toBeLessThan(1);
  const texts = drawn.labels.map((l) => l.text);
  expect(new Set(texts).size, `x labels repeat: ${texts.join(', ')}`).toBe(texts.length);
  for (let i = 0; i < drawn.labels.length; i++) {
    for (let j = i + 1; j < drawn.labels.length; j++) {
      const [a, b] = [drawn.labels[i]!, drawn.labels[j]!];
      expect(overlaps(a, b), `labels "${a.text}" and "${b.text}" overlap`).toBe(false);
    }
  }
  for (const fill of drawn.bars) expect(contrast(fill, drawn.background)).toBeGreaterThanOrEqual(3);
  if (drawn.lines.length === 0) return;
  expect(drawn.lines).toHaveLength(2);
  const ideal = drawn.lines[idealIndex(code)]!;
  const measured = drawn.lines[1 - idealIndex(code)]!;
  expect(measured.stroke).not.toBe(ideal.stroke);
  // The measurement reads first: strong against the background, and darker or thicker than the ideal.
  expect(contrast(measured.stroke, drawn.background)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(ideal.stroke, drawn.background)).toBeGreaterThanOrEqual(2);
  expect(contrast(measured.stroke, ideal.stroke)).toBeGreaterThanOrEqual(2);
  expect(luminance(measured.stroke) < luminance(ideal.stroke) || measured.width > ideal.width).toBe(true);
}

const skip = !chromiumAvailable() && !CHROMIUM_REQUIRED;

describe.skipIf(skip)('the example reports in real Mermaid and Chromium', () => {
  let browser: Browser;
  let site: Site;
  let page: Page;
  let shots: string;

  beforeAll(async () => {
    shots = tempDir('bb-shots-');
    const mermaidJs = readFileSync(
      createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'),
      'utf8',
    );
    site = await serveLoopback({
      '/': {
        type: 'text/html',
        body:
          '<!DOCTYPE html><html><body><div id="out" style="width:700px"></div>' +
          '<script src="/mermaid.min.js"></script>' +
          '<script>mermaid.initialize({ startOnLoad: false });</script></body></html>',
      },
      '/mermaid.min.js': { type: 'text/javascript', body: mermaidJs },
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => 'mermaid' in globalThis);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (shots) rmSync(shots, { recursive: true, force: true });
  });

  it('has example reports with several stages sharing cell ids', () => {
    const shared = reports.find((r) => r.name.startsWith('shared-cells'))!.model;
    expect(new Set(shared.cells.map((c) => c.stage)).size).toBe(2);
    expect(reports.length).toBeGreaterThanOrEqual(6);
  });

  for (const { name, model } of reports) {
    it(`${name}: every chart parses, keeps its labels apart and tells measured from ideal`, async () => {
      const blocks = mermaidBlocks(renderMarkdown(model, { limit: 10_000_000 }));
      expect(blocks.length).toBeGreaterThan(0);
      const titles: string[] = [];
      for (const [i, code] of blocks.entries()) {
        const drawn = await page.evaluate(drawInPage, { code, id: `chart-${i}` });
        checkChart(code, drawn);
        titles.push(drawn.title);
      }
      expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length);
    }, 120_000);
  }

  it('screenshots the HTML report of the multi-stage example', async () => {
    const model = reports.find((r) => r.name.startsWith('shared-cells'))!.model;
    const html = await browser.context.newPage();
    await html.setContent(renderHtml(model));
    const file = join(shots, 'report.png');
    await html.screenshot({ path: file, fullPage: true });
    await html.close();
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(20_000);
    // To look at it: BATCHBENCH_SCREENSHOT=/some/file.png npx vitest run test/domain/report/render-charts.test.ts
    if (process.env.BATCHBENCH_SCREENSHOT) copyFileSync(file, process.env.BATCHBENCH_SCREENSHOT);
  }, 120_000);
});

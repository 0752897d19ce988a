/**
 * The history's charts as readers get them: Mermaid drawn by the real `mermaid` package in
 * Debian's headless Chromium (a syntax error, overlapping x labels or a mean line a reader
 * cannot tell from its interval fails), the SVG page loaded in the same browser, and every
 * unsafe string (cell names, refs) escaped in each format.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHistory } from '../../../src/domain/history/render-history.js';
import type { RunHistoryEntry } from '../../../src/domain/history/run-entry.js';
import { buildHistoryView } from '../../../src/domain/history/trend.js';
import { renderMarkdown } from '../../../src/domain/report/markdown.js';
import { summarize } from '../../../src/domain/stats/summary.js';
import {
  CHROMIUM_REQUIRED,
  chromiumAvailable,
  launchChromium,
  serveLoopback,
  type Browser,
  type Site,
} from '../../support/chromium.js';
import { prTrendReport } from './example-reports.js';

const EVIL = '<img src=x onerror=alert(1)>|`x`\u001b[31m';

/** `commits` entries of `cells` cells; by default cell 0 slows down by 30% at 90% of the way. */
function history(
  commits: number,
  cells: number,
  cellName = (c: number) => `main/n=${c}`,
  slowdown = (c: number, i: number): number => (c === 0 && i >= Math.floor(commits * 0.9) ? 1.3 : 1),
): RunHistoryEntry[] {
  return Array.from({ length: commits }, (_, i) => ({
    schemaVersion: 1 as const,
    experiment: 'demo',
    runId: `r${i}`,
    commit: `${i.toString(16).padStart(7, '0')}abcdef`,
    ref: i === 0 ? EVIL : 'main',
    date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString(),
    cells: Array.from({ length: cells }, (_, c) => {
      const base = (c + 1) * slowdown(c, i);
      const samples = [base * 0.99, base, base * 1.01, base * 1.005, base * 0.995];
      const s = summarize(samples);
      return {
        cell: cellName(c),
        metrics: {
          wall_seconds: {
            n: s.n,
            median: s.median,
            mean: s.mean,
            ci: s.ci,
            better: 'lower' as const,
            unit: 's',
            samples,
          },
        },
      };
    }),
  }));
}

describe('history output escapes what users and workloads wrote', () => {
  const view = buildHistoryView(
    'demo <b>',
    history(3, 2, (c) => (c === 0 ? `main/${EVIL}` : 'main/ok')),
  );

  it('in HTML', () => {
    const html = renderHistory(view, 'html');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('in Markdown, Mermaid included', () => {
    const md = renderHistory(view, 'markdown');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/title "[^"\n]*<img/);
    expect(md).not.toContain('\u001b');
  });

  it('in the terminal and JSON', () => {
    expect(renderHistory(view, 'terminal')).not.toContain('\u001b');
    const json = JSON.parse(renderHistory(view, 'json')) as { trends: { cell: string }[] };
    expect(json.trends[0]!.cell).toBe(`main/${EVIL}`);
  });
});

interface Drawn {
  error?: string;
  title: string;
  xTitle: string;
  /** x labels: text, page extent, and x in the chart's own coordinates (the tick's). */
  labels: { text: string; left: number; right: number; x: number }[];
  /** Each line's stroke, width and the x of its vertices in the chart's coordinates. */
  lines: { stroke: string; width: number; xs: number[] }[];
  bars: { fill: string; height: number }[];
  /** Elements of any kind painted in the regression red. */
  red: number;
}

/** Runs in the page: draws one chart with mermaid and reads what it drew. */
async function draw(args: { code: string; id: string }): Promise<Drawn> {
  const g = globalThis as unknown as {
    mermaid: { render(id: string, code: string): Promise<{ svg: string }> };
    document: { getElementById(id: string): { innerHTML: string; querySelector(s: string): unknown } };
  };
  const out = g.document.getElementById('out');
  try {
    out.innerHTML = (await g.mermaid.render(args.id, args.code)).svg;
  } catch (error) {
    return { error: String(error), title: '', xTitle: '', labels: [], lines: [], bars: [], red: 0 };
  }
  type El = {
    textContent: string | null;
    getAttribute(n: string): string | null;
    getBoundingClientRect(): { left: number; right: number };
  };
  const svg = out.querySelector('svg') as { querySelectorAll(s: string): ArrayLike<El> };
  const all = (s: string): El[] => Array.from(svg.querySelectorAll(s));
  return {
    title: all('.chart-title text')[0]?.textContent ?? '',
    xTitle: all('.bottom-axis .title text')[0]?.textContent ?? '',
    labels: all('.bottom-axis .label text').map((t) => ({
      text: t.textContent ?? '',
      left: t.getBoundingClientRect().left,
      right: t.getBoundingClientRect().right,
      x: Number(/translate\(\s*(-?[\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]),
    })),
    lines: all('.plot [class^="line-plot"] path').map((p) => ({
      stroke: p.getAttribute('stroke') ?? '',
      width: Number(p.getAttribute('stroke-width') ?? '1'),
      xs: [...(p.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)/g)].map((m) => Number(m[1])),
    })),
    bars: all('.plot [class^="bar-plot"] rect').map((r) => ({
      fill: r.getAttribute('fill') ?? '',
      height: Number(r.getAttribute('height')),
    })),
    red: all('[fill="#c0262d" i], [stroke="#c0262d" i]').length,
  };
}

const skip = !chromiumAvailable() && !CHROMIUM_REQUIRED;

describe.skipIf(skip)('history charts in real Mermaid and Chromium', () => {
  let browser: Browser;
  let site: Site;
  let page: Page;

  beforeAll(async () => {
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
  });

  for (const commits of [6, 200]) {
    it(`${commits} commits: every chart parses, keeps its labels apart, marks the regression on the x axis and draws no bar`, async () => {
      const md = renderHistory(buildHistoryView('demo', history(commits, 3), { limit: commits }), 'markdown');
      const blocks = [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
      expect(blocks).toHaveLength(3);
      for (const [i, code] of blocks.entries()) {
        const drawn = await page.evaluate(draw, { code, id: `h-${commits}-${i}` });
        expect(drawn.error, code).toBeUndefined();
        const sorted = [...drawn.labels].sort((a, b) => a.left - b.left);
        for (let j = 1; j < sorted.length; j++)
          expect(sorted[j]!.left, `x labels overlap in\n${code}`).toBeGreaterThanOrEqual(
            sorted[j - 1]!.right - 0.5,
          );
        // Interval bounds thin and grey, the mean dark blue on top.
        expect(drawn.lines.map((l) => l.stroke)).toEqual(['#949494', '#949494', '#0b4f9c']);
        // No bar series, so no red stub at an unmarked point; nothing red at all.
        expect(drawn.bars).toEqual([]);
        expect(drawn.red).toBe(0);
        // Only the first cell regresses, at position 0.9 × commits + 1: marked there, nowhere else.
        const at = Math.floor(commits * 0.9) + 1;
        const marks = drawn.labels.filter((l) => l.text.includes('▲'));
        if (commits === 6) {
          expect(drawn.xTitle).toBe('position, oldest first');
          expect(marks.map((l) => l.text)).toEqual(i === 0 ? [`▲ ${at}`] : []);
          // The marked label sits under the regressed point of the mean line.
          if (i === 0) expect(marks[0]!.x).toBeCloseTo(drawn.lines[2]!.xs[at - 1]!, 0);
        } else {
          expect(marks).toEqual([]);
          expect(drawn.xTitle).toBe(`position, oldest first${i === 0 ? ` · ▲ regression at ${at}` : ''}`);
        }
        expect(md).toMatch(new RegExp(`^\\| ${at} \\| [^\\n]*regression`, 'm'));
      }
      // At 200 commits the chart shows the newest 60 points; the table lists all 200.
      if (commits === 200) {
        expect(blocks[0]).toContain('x-axis "position, oldest first · ▲ regression at 181" 141 --> 200');
        expect(blocks[1]).toContain('x-axis "position, oldest first" 141 --> 200');
        expect(md).toMatch(/^\| 200 \| 00000c7/m);
      }
    }, 120_000);
  }

  it('15 commits, each 30% slower than the one before: every mark under its point, labels apart', async () => {
    const view = buildHistoryView(
      'demo',
      history(15, 1, undefined, (_, i) => 1.3 ** i),
    );
    const md = renderHistory(view, 'markdown');
    const code = /^```mermaid\n([\s\S]*?)\n```$/m.exec(md)![1]!;
    const drawn = await page.evaluate(draw, { code, id: 'h-15' });
    expect(drawn.error, code).toBeUndefined();
    expect(drawn.labels.map((l) => l.text)).toEqual([
      '1',
      ...Array.from({ length: 14 }, (_, i) => `▲ ${i + 2}`),
    ]);
    for (const [j, label] of drawn.labels.entries()) {
      expect(label.x).toBeCloseTo(drawn.lines[2]!.xs[j]!, 0);
      if (j > 0) expect(label.left, code).toBeGreaterThanOrEqual(drawn.labels[j - 1]!.right - 0.5);
    }
    expect(drawn.bars).toEqual([]);
    expect(md).toContain('a regression against the point before, at positions 2, 3, 4, 5, 6 and 9 more');
  }, 60_000);

  it("draws the pull request comment's trend charts, hostile cell names and all", async () => {
    const names = ['a"];click x', '<script>alert(1)</script>', '%%{init: {}}%% x"]; bar [9'];
    const md = renderMarkdown(prTrendReport(names).model);
    const blocks = [...md.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)]
      .map((m) => m[1]!)
      .filter((code) => code.includes('x-axis "position, oldest first"'));
    expect(blocks).toHaveLength(3);
    const titles: string[] = [];
    for (const [i, code] of blocks.entries()) {
      const drawn = await page.evaluate(draw, { code, id: `pr-${i}` });
      expect(drawn.error, code).toBeUndefined();
      titles.push(drawn.title);
      // Six positions (five base commits and the pull request), apart from one another.
      // The pull request is 40% slower: its position is marked, and nothing is red.
      expect(drawn.labels.map((l) => l.text)).toEqual(['1', '2', '3', '4', '5', '▲ 6']);
      expect(drawn.labels[5]!.x).toBeCloseTo(drawn.lines[2]!.xs[5]!, 0);
      expect(drawn.bars).toEqual([]);
      expect(drawn.red).toBe(0);
      const sorted = [...drawn.labels].sort((a, b) => a.left - b.left);
      for (let j = 1; j < sorted.length; j++)
        expect(sorted[j]!.left, code).toBeGreaterThanOrEqual(sorted[j - 1]!.right - 0.5);
      expect(drawn.lines.map((l) => l.stroke)).toEqual(['#949494', '#949494', '#0b4f9c']);
      // Nothing a reader's click or the page could run.
      const active = await page.evaluate(
        () =>
          (
            globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
          ).document.querySelectorAll('#out script, #out [onclick], #out a').length,
      );
      expect(active).toBe(0);
    }
    // Each title drawn as escaped text: no markup, no second statement, one title per chart.
    expect(titles).toEqual([
      "wall_seconds of main/a'click x",
      'wall_seconds of main/scriptalert(1)/script',
      "wall_seconds of main/init: x' bar 9",
    ]);
  }, 120_000);

  it('loads the HTML page with its SVG charts, nothing blocked', async () => {
    const html = renderHistory(buildHistoryView('demo', history(30, 2)), 'html');
    const p = await browser.context.newPage();
    const errors: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await p.setContent(html);
    const charts = await p.locator('svg').count();
    expect(charts).toBe(2);
    // One red ring, around the first cell's point 28 (where it slowed down), none in the second.
    const rings = p.locator('svg circle[stroke="#c0262d"]');
    expect(await rings.count()).toBe(1);
    const ring = await rings.first().evaluate((c) => [c.getAttribute('cx'), c.getAttribute('cy')]);
    const point = await p
      .locator('svg')
      .first()
      .locator('circle[r="3.5"]')
      .nth(27)
      .evaluate((c) => [c.getAttribute('cx'), c.getAttribute('cy')]);
    expect(ring).toEqual(point);
    expect(await p.locator('svg').nth(1).locator('circle[stroke="#c0262d"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await p.close();
  }, 60_000);
});

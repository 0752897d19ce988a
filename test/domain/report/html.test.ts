import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/domain/report/html.js';
import { HOSTILE, makeReport } from './fixtures.js';

describe('renderHtml', () => {
  const html = renderHtml(makeReport());

  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)="(?!https:\/\/console\.aws\.amazon\.com)/);
    expect(html).not.toMatch(/url\(|@import|<link/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('escapes every workload string, log lines included', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Local cores against cloud workers &lt;!-- hidden --&gt;');
    expect(html).not.toContain('<!-- hidden');
    expect(html).not.toContain('\u001b');
    expect(html).toContain('&lt;/details&gt; &lt;!-- --&gt;');
    expect(html).not.toContain('javascript:alert(1)"');
  });

  it('draws the speedup chart and, per stage, wall time and cost charts as inline SVG', () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.map((svg) => /aria-label="([^"]*)"/.exec(svg)?.[1])).toEqual([
      'Speedup vs workers (stage simulate, angle=0)',
      'Median wall time per cell (stage simulate)',
      'Cost per cell (stage simulate)',
      'Median wall time per cell (stage aggregate)',
    ]);
    expect(svgs[3]).toContain('agg | a | b |');
    expect(svgs[0]).toContain('stroke-dasharray'); // the ideal line
    expect(svgs[0]!.match(/<circle/g)).toHaveLength(4);
  });

  it('scales the speedup axis to the measurements, not to the ideal line', () => {
    const model = makeReport();
    const series = model.scaling!.series[0]!;
    // Measured up to 2.5× at p = 8: the ideal line reaches 8×, the axis must stop near 2.5×.
    series.points = series.points.map((p, i) => ({ ...p, speedup: { value: [1, 1.6, 2.1, 2.5][i]! } }));
    const svg = (renderHtml(model).match(/<svg[\s\S]*?<\/svg>/g) ?? [])[0]!;
    const ticks = [...svg.matchAll(/>([\d.]+)×</g)].map((m) => Number(m[1]));
    expect(Math.max(...ticks)).toBe(3);
  });

  it('shows the same figures as the other renderers', () => {
    expect(html).toContain('<td class="r">1.93× [1.85, 2.01]</td>');
    expect(html).toContain('<td class="r">$0.0042</td>');
    expect(html).toContain('<td class="good">met</td>');
    expect(html).toContain('<td class="bad">missed</td>');
    expect(html).toContain(`<td>median wall time ${HOSTILE.pipes}</td>`);
    expect(html).toContain(
      '<a href="https://console.aws.amazon.com/batch/home?region=us-east-1#jobs/detail/abc" rel="noopener noreferrer">console</a>',
    );
  });
});

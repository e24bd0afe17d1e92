import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { categoryChartHeight } from '../chart-size';
import { StillBars, type BarSeries } from './still-bars';
import { StillCategoryBars } from './still-category-bars';
import { StillLines } from './still-lines';

// The still charts are what a phone shows until someone touches a chart: they must draw the data
// they are given, not just a frame. Bars are read back from the markup as bottom/height percentages.

type Drawn = { color: string; bottom: number; height: number };

function drawnBars(html: string): Drawn[] {
  return [...html.matchAll(/style="bottom:([-\d.]+)%;height:([\d.]+)%;background-color:(#[0-9a-f]+)"/g)].map((m) => ({ bottom: Number(m[1]), height: Number(m[2]), color: m[3]! }));
}

const money = (name: string, color: string, values: number[]): BarSeries => ({ name, color, values });

describe('StillBars', () => {
  it('draws each period’s bars side by side, as tall as their values on a scale from 0', () => {
    const html = renderToStaticMarkup(createElement(StillBars, { labels: ['Jan', 'Feb'], series: [money('In', '#00aa00', [2000, 1000]), money('Out', '#aa0000', [4000, 8000])], heightClass: 'h-64' }));
    expect(drawnBars(html)).toEqual([
      { bottom: 0, height: 25, color: '#00aa00' },
      { bottom: 0, height: 50, color: '#aa0000' },
      { bottom: 0, height: 12.5, color: '#00aa00' },
      { bottom: 0, height: 100, color: '#aa0000' },
    ]);
    expect(html).toContain('$8K');
    expect(html).toContain('>In</li>');
  });

  it('draws a negative value below the zero line', () => {
    const html = renderToStaticMarkup(createElement(StillBars, { labels: ['Jan'], series: [money('Net', '#000000', [-500])], heightClass: 'h-64' }));
    // Scale -600…0 in steps of 200, zero at the top: the bar hangs from zero down to -500.
    expect(drawnBars(html)).toEqual([{ bottom: 16.67, height: 83.33, color: '#000000' }]);
    expect(html).toContain('-$600');
  });

  it('prints at most four period labels', () => {
    const labels = Array.from({ length: 120 }, (_, i) => `M${i}`);
    const html = renderToStaticMarkup(createElement(StillBars, { labels, series: [money('In', '#00aa00', labels.map(() => 1))], heightClass: 'h-64' }));
    expect([...html.matchAll(/>M(\d+)</g)].map((m) => Number(m[1]))).toEqual([0, 30, 60, 90]);
  });
});

describe('StillLines', () => {
  it('puts each point over its period’s centre at its value’s height', () => {
    const html = renderToStaticMarkup(createElement(StillLines, { labels: ['Jan', 'Feb', 'Mar'], series: [{ name: 'Net worth', color: '#1f57b8', values: [0, 50, 100] }], heightClass: 'h-64' }));
    expect(html).toContain('viewBox="0 0 3 100"');
    expect(html).toContain('points="0.5,100 1.5,50 2.5,0"');
  });
});

describe('StillCategoryBars', () => {
  it('draws one bar per category, as long as its value, in the box the interactive chart uses', () => {
    const html = renderToStaticMarkup(createElement(StillCategoryBars, { data: [{ label: 'Food', value: 400 }, { label: 'Travel & fun', value: 100 }] }));
    expect([...html.matchAll(/width:([\d.]+)%/g)].map((m) => Number(m[1]))).toEqual([100, 25]);
    expect(html).toContain(`height:${categoryChartHeight(2)}px`);
    expect(html).toContain('Travel &amp; fun');
  });

  it('writes a long category name on two lines instead of cutting it', () => {
    const html = renderToStaticMarkup(createElement(StillCategoryBars, { data: [{ label: 'Loan and mortgage payments', value: 400 }] }));
    const lines = [...html.matchAll(/<span class="block whitespace-nowrap">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(lines).toEqual(['Loan and mortgage', 'payments']);
    expect(html).not.toContain('truncate');
  });
});

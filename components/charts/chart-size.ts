/** The category chart grows with its bars; its placeholder must have the same height (no layout shift). */
export function categoryChartHeight(bars: number): number {
  return Math.max(120, bars * 32 + 24);
}

import { niceScale, percent, positionOf } from './scale';
import { TimePlot, type SeriesKey } from './time-plot';

export type BarSeries = SeriesKey & { values: number[] };

/**
 * Bars per period, side by side (`grouped`) or on top of each other (`stacked`), as plain HTML drawn
 * on the server: the dashboard shows it with no JavaScript, and the interactive chart takes its
 * place only when someone reaches for it (ChartOnIntent).
 */
export function StillBars({ labels, series, layout, heightClass }: { labels: string[]; series: BarSeries[]; layout: 'grouped' | 'stacked'; heightClass: string }) {
  const scale = niceScale(layout === 'grouped' ? series.flatMap((s) => s.values) : labels.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)));
  const zero = positionOf(scale, 0);
  // A bar from zero to its value, whichever side of zero that is.
  const bar = (from: number, value: number) => {
    const end = positionOf(scale, from + value);
    const start = positionOf(scale, from);
    return { bottom: percent(Math.min(start, end)), height: percent(Math.abs(end - start)) };
  };
  return (
    <TimePlot scale={scale} labels={labels} series={series} heightClass={heightClass}>
      <div className="absolute inset-0 flex">
        {labels.map((label, index) => (
          // The bars take the middle three quarters of their period's column, like recharts' category gap.
          <div key={`${index}-${label}`} className="relative min-w-0 flex-1">
            <div className="absolute inset-y-0 right-[12%] left-[12%] flex gap-px">
              {layout === 'grouped'
                ? series.map((s) => (
                    <div key={s.name} className="relative flex-1">
                      <div className={`absolute inset-x-0 ${(s.values[index] ?? 0) < 0 ? 'rounded-b-sm' : 'rounded-t-sm'}`} style={{ ...bar(0, s.values[index] ?? 0), backgroundColor: s.color }} />
                    </div>
                  ))
                : stackedBars(series, index).map(({ name, color, from, value }) => (
                    <div key={name} className="absolute inset-x-0" style={{ ...bar(from, value), backgroundColor: color }} />
                  ))}
            </div>
          </div>
        ))}
      </div>
      <div className="absolute inset-x-0 border-t border-slate-400/70" style={{ bottom: percent(zero) }} />
    </TimePlot>
  );
}

/** One period's stack: each series starts where the one below it ended (negatives are not stacked). */
function stackedBars(series: BarSeries[], index: number) {
  let from = 0;
  return series.map((s) => {
    const value = Math.max(0, s.values[index] ?? 0);
    const segment = { name: s.name, color: s.color, from, value };
    from += value;
    return segment;
  });
}

import { niceScale, percent, positionOf } from './scale';
import { TimePlot, type SeriesKey } from './time-plot';

export type BarSeries = SeriesKey & { values: number[] };

/**
 * Bars per period, side by side, as plain HTML drawn on the server: the dashboard shows it with no
 * JavaScript, and the interactive chart takes its place only when someone reaches for it
 * (ChartOnIntent). The zero line is the frame's (TimePlot): zero is always one of the ticks.
 */
export function StillBars({ labels, series, heightClass }: { labels: string[]; series: BarSeries[]; heightClass: string }) {
  const scale = niceScale(series.flatMap((s) => s.values));
  const zero = positionOf(scale, 0);
  // A bar from zero to its value, whichever side of zero that is.
  const bar = (value: number) => {
    const end = positionOf(scale, value);
    return { bottom: percent(Math.min(zero, end)), height: percent(Math.abs(end - zero)) };
  };
  return (
    <TimePlot scale={scale} labels={labels} series={series} heightClass={heightClass}>
      <div className="absolute inset-0 flex">
        {labels.map((label, index) => (
          // The bars take the middle three quarters of their period's column, like recharts' category gap.
          <div key={`${index}-${label}`} className="relative min-w-0 flex-1">
            <div className="absolute inset-y-0 right-[12%] left-[12%] flex gap-px">
              {series.map((s) => (
                <div key={s.name} className="relative flex-1">
                  <div className={`absolute inset-x-0 ${(s.values[index] ?? 0) < 0 ? 'rounded-b-sm' : 'rounded-t-sm'}`} style={{ ...bar(s.values[index] ?? 0), backgroundColor: s.color }} />
                </div>
              ))}
            </div>
          </div>
        ))}
      </div>
    </TimePlot>
  );
}

import { niceScale, positionOf } from './scale';
import { TimePlot, type SeriesKey } from './time-plot';

export type LineSeries = SeriesKey & { values: number[]; strokeWidth?: number };

/**
 * Lines over time as one SVG drawn on the server. The SVG stretches to the plot (viewBox one unit per
 * period, 100 high, no aspect ratio) and its strokes do not scale, so it fits any width and the
 * points sit over the centre of each period's label.
 */
export function StillLines({ labels, series, heightClass }: { labels: string[]; series: LineSeries[]; heightClass: string }) {
  const scale = niceScale(series.flatMap((s) => s.values));
  const y = (value: number) => Math.round((1 - positionOf(scale, value)) * 10_000) / 100;
  return (
    <TimePlot scale={scale} labels={labels} series={series} heightClass={heightClass}>
      <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox={`0 0 ${Math.max(1, labels.length)} 100`} preserveAspectRatio="none">
        {series.map((s) => (
          <polyline
            key={s.name}
            fill="none"
            stroke={s.color}
            strokeWidth={s.strokeWidth ?? 1}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
            points={s.values.map((value, index) => `${index + 0.5},${y(value)}`).join(' ')}
          />
        ))}
      </svg>
    </TimePlot>
  );
}

import type { ReactNode } from 'react';
import { axisMoney } from '../chart-format';
import { labelEvery, percent, positionOf, type ValueScale } from './scale';

export type SeriesKey = { name: string; color: string };

// At most this many period labels under a chart: four "Sep 2026" fit a phone's plot at 12 px.
const LABEL_ROOM = 4;

/**
 * The frame of a still chart over time, drawn on the server as plain HTML: the money axis and its
 * grid lines, the period labels and the legend. The plot itself (`children`) fills a box whose
 * height is the scale; its columns line up with the labels, one per period. Decorative for screen
 * readers, like the interactive chart: the table beside it carries the same numbers as text.
 */
export function TimePlot({ scale, labels, series, heightClass, children }: { scale: ValueScale; labels: string[]; series: SeriesKey[]; heightClass: string; children: ReactNode }) {
  const top = (value: number) => percent(1 - positionOf(scale, value));
  const every = labelEvery(labels.length, LABEL_ROOM);
  return (
    <div aria-hidden="true" className={`${heightClass} flex w-full flex-col overflow-hidden pt-2 pr-2 pl-2 text-xs text-slate-500 dark:text-slate-400`}>
      <div className="flex min-h-0 flex-1">
        <div className="relative w-14 shrink-0">
          {scale.ticks.map((tick) => (
            <span key={tick} className="absolute right-1.5 -translate-y-1/2 whitespace-nowrap" style={{ top: top(tick) }}>
              {axisMoney(tick)}
            </span>
          ))}
        </div>
        <div className="relative flex-1 border-l border-slate-400/70">
          {scale.ticks.map((tick) => (
            <div key={tick} className={`absolute inset-x-0 border-t ${tick === 0 ? 'border-slate-400/70' : 'border-dashed border-slate-400/40'}`} style={{ top: top(tick) }} />
          ))}
          {children}
        </div>
      </div>
      {/* Only the printed labels, each centred under its period's column (a 120-month chart prints 4). */}
      <div className="relative ml-14 h-5">
        {labels.map((label, index) =>
          index % every === 0 ? (
            <span key={index} className="absolute top-1 -translate-x-1/2 whitespace-nowrap" style={{ left: percent((index + 0.5) / labels.length) }}>
              {label}
            </span>
          ) : null,
        )}
      </div>
      <ul className="flex flex-wrap justify-center gap-x-4 pt-1">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: s.color }} />
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

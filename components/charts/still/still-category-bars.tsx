import { axisMoney, CHART_COLORS } from '../chart-format';
import { CATEGORY_LABEL_WIDTH_PX, categoryLabelLines } from '../category-label';
import { categoryChartHeight } from '../chart-size';
import type { CategoryPoint } from '../category-chart';
import { niceScale, percent, positionOf } from './scale';

// Must add up to categoryChartHeight: one 32 px row per category and a 24 px money axis.
const ROW_PX = 32;

/** Spending by category as horizontal bars, drawn on the server as plain HTML (see StillBars). */
export function StillCategoryBars({ data }: { data: CategoryPoint[] }) {
  const scale = niceScale(data.map((point) => point.value));
  return (
    <div aria-hidden="true" className="w-full pr-4 pl-2 text-xs text-slate-500 dark:text-slate-400" style={{ height: categoryChartHeight(data.length) }}>
      <ul>
        {data.map((point, index) => (
          <li key={point.label} className="flex items-center" style={{ height: ROW_PX }}>
            <span className="shrink-0 pr-2 text-right leading-[14px]" style={{ width: CATEGORY_LABEL_WIDTH_PX }}>
              {categoryLabelLines(point.label).map((line, lineIndex) => (
                <span key={lineIndex} className="block whitespace-nowrap">
                  {line}
                </span>
              ))}
            </span>
            <span className="relative h-5 flex-1 border-l border-slate-400/70">
              <span className="absolute inset-y-0 left-0 rounded-r-sm" style={{ width: percent(Math.max(0, positionOf(scale, point.value))), backgroundColor: CHART_COLORS[index % CHART_COLORS.length] }} />
            </span>
          </li>
        ))}
      </ul>
      <div className="relative h-6 border-t border-slate-400/70" style={{ marginLeft: CATEGORY_LABEL_WIDTH_PX }}>
        {scale.ticks.map((tick) => (
          <span key={tick} className="absolute top-1 -translate-x-1/2 whitespace-nowrap" style={{ left: percent(positionOf(scale, tick)) }}>
            {axisMoney(tick)}
          </span>
        ))}
      </div>
    </div>
  );
}

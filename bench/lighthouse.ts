// npm run bench:lighthouse [-- --size=1000000 --runs=3 --pages=/dashboard,/transactions --port=3304]
//
// Lighthouse 12.8.2 (offline: the only server is ours) against a production build, signed in as a
// user with `size` transactions, desktop and mobile presets. Prints the median performance score,
// total blocking time and largest contentful paint per page and preset, the accessibility and
// best-practices scores, and every audit that kept either of those below 1.
// Build first: `npm run build` (or NEXT_DIST_DIR=<folder> for both commands).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROME_PATH, startBenchApp } from './bench-app';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const size = Number(args.size ?? 1_000_000);
const runs = Number(args.runs ?? 3);
const port = Number(args.port ?? 3304);
const pages = (args.pages ?? '/dashboard,/transactions').split(',');
const presets: { name: string; config: Config | undefined }[] = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined }, // Lighthouse's default: a mid-range phone on a throttled network
];

type Figures = { score: number; tbt: number; lcp: number; accessibility: number; bestPractices: number; failing: string[]; busiest: string[]; weakMetrics: string[] };

// The five metrics the performance score is made of (Lighthouse 12's weights: 10, 10, 25, 30, 25).
const METRICS = ['first-contentful-paint', 'speed-index', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

async function audit(url: string, cookie: string, config: Config | undefined): Promise<Figures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'], extraHeaders: { Cookie: cookie } }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} redirected to ${lhr.finalDisplayedUrl}: not signed in?`);
    // Audits of the two pass/fail categories that did not pass (weight 0 ones are informative only).
    const failing = (['accessibility', 'best-practices'] as const).flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category}: ${ref.id}${describeItems(lhr.audits[ref.id]?.details)}`),
    );
    return {
      score: lhr.categories.performance?.score ?? 0,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      accessibility: lhr.categories.accessibility?.score ?? 0,
      bestPractices: lhr.categories['best-practices']?.score ?? 0,
      failing,
      busiest: busiestScripts(lhr.audits['bootup-time']?.details),
      // Which metrics cost the score, so a low one says where to look without a second run.
      weakMetrics: METRICS.filter((id) => (lhr.audits[id]?.score ?? 1) < 0.9).map((id) => `${id} ${lhr.audits[id]?.displayValue ?? '?'} (score ${(lhr.audits[id]?.score ?? 0).toFixed(2)})`),
    };
  } finally {
    chrome.kill();
  }
}

// Lighthouse sometimes loses the trace of a load (NO_NAVSTART, NO_FCP): that run measured nothing, so
// it is run again rather than counted; a page that fails three times in a row is a real failure.
async function auditWithRetry(url: string, cookie: string, config: Config | undefined): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, cookie, config);
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Lighthouse: ')) throw error;
      console.log(`  (${url}: ${String(error).slice(0, 120)} — running it again)`);
    }
  }
}

// What an audit found, in one line (e.g. the console error itself), so a failure needs no second run.
function describeItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const texts = items.slice(0, 3).map((item) => [item.description, (item.sourceLocation as { url?: string } | undefined)?.url ?? item.url].filter(Boolean).join(' at ').slice(0, 240));
  return texts.length > 0 ? ` — ${texts.join(' | ')}` : '';
}

// Where the main thread's time went, per script (Lighthouse's bootup-time audit): the first place
// to look when total blocking time is over its target.
function busiestScripts(details: unknown): string[] {
  const items = (details as { items?: { url?: string; total?: number; scripting?: number }[] } | undefined)?.items ?? [];
  return items.slice(0, 4).map((item) => `${(item.url ?? '?').replace(/^https?:\/\/[^/]+/, '')} ${Math.round(item.total ?? 0)} ms (script ${Math.round(item.scripting ?? 0)} ms)`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const app = await startBenchApp({ size, port });
  try {
    console.log(`bench:lighthouse — Lighthouse 12.8.2, ${size.toLocaleString('en-US')} transactions, median of ${runs} runs; Node ${process.version}`);
    // One warm-up load per page, so the first audit does not pay for the server's first compile of the route.
    for (const page of pages) await fetch(app.url + page, { headers: { cookie: app.cookie } });
    for (const page of pages) {
      for (const preset of presets) {
        const samples: Figures[] = [];
        for (let i = 0; i < runs; i++) samples.push(await auditWithRetry(app.url + page, app.cookie, preset.config));
        const score = median(samples.map((s) => s.score));
        const tbt = median(samples.map((s) => s.tbt));
        const lcp = median(samples.map((s) => s.lcp));
        const all = samples.map((s) => s.score.toFixed(2)).join(' ');
        const accessibility = Math.min(...samples.map((s) => s.accessibility));
        const bestPractices = Math.min(...samples.map((s) => s.bestPractices));
        console.log(
          `  ${page.padEnd(14)} ${preset.name.padEnd(8)} performance ${score.toFixed(2)} (runs: ${all})   TBT ${tbt.toFixed(0).padStart(5)} ms   LCP ${(lcp / 1000).toFixed(2)} s   accessibility ${accessibility.toFixed(2)}   best practices ${bestPractices.toFixed(2)}`,
        );
        for (const audit of new Set(samples.flatMap((s) => s.failing))) console.log(`      below 1: ${audit}`);
        if (score < 0.9) for (const metric of samples[0]!.weakMetrics) console.log(`      weak: ${metric}`);
        if (tbt > 200) for (const script of samples[0]!.busiest) console.log(`      main thread: ${script}`);
      }
    }
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// The part of autocannon's API that bench/web-load.ts uses (the package ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string> };
  type Histogram = { average: number; p50: number; p99: number };
  type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number; statusCodeStats: Record<string, { count: number } | undefined> };
  export default function autocannon(options: Options): Promise<Result>;
}

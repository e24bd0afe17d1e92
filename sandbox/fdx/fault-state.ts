import { z } from 'zod';

// Faults armed through the admin API, held in memory by the sandbox process.

export const FaultRequestSchema = z.object({
  kind: z.enum(['rate_limit', 'error_burst', 'slow', 'malformed_page', 'repeat_page']),
  count: z.number().int().min(1).max(10_000).default(1),
  customerId: z.string().min(1).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3_600).default(2),
  status: z.union([z.literal(500), z.literal(503)]).default(503),
  delayMs: z.number().int().min(0).max(60_000).default(2_000),
  variant: z.enum(['broken_json', 'invalid_shape']).default('broken_json'),
});

export type FaultRequest = z.infer<typeof FaultRequestSchema>;
export type ArmedFault = FaultRequest & { id: number; remaining: number };

let faults: ArmedFault[] = [];
let nextId = 1;

export function armFault(request: FaultRequest): ArmedFault {
  const fault = { ...request, id: nextId++, remaining: request.count };
  faults.push(fault);
  return fault;
}

export function listFaults(): ArmedFault[] {
  return faults.map((fault) => ({ ...fault }));
}

export function clearFaults(): void {
  faults = [];
}

// Takes one use of the first matching fault; spent faults disappear.
export function consumeFault(kinds: ReadonlyArray<ArmedFault['kind']>, customerId: string): ArmedFault | undefined {
  const fault = faults.find((candidate) => kinds.includes(candidate.kind) && (!candidate.customerId || candidate.customerId === customerId));
  if (!fault) return undefined;
  fault.remaining--;
  if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
  return { ...fault };
}

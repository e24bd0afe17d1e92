// Everything a person can call, read from the source and the build, so the authorization matrix
// (e2e/authorization-matrix.spec.ts) covers a page, route or server action the day it is added.
import fs from 'node:fs';
import path from 'node:path';

export type Need = 'read' | 'write' | 'manage';
/** `personal`: acts only on the caller (theme, password, passkeys…); `public`: no sign-in. */
export type Guard = Need | 'personal' | 'public';

export type PageEntry = { file: string; pattern: string; guard: Guard };
export type RouteEntry = { file: string; pattern: string; methods: string[]; guard: Guard };
export type ActionEntry = { id: string; file: string; name: string; arity: number; guard: Guard };

const root = process.cwd();

function walk(dir: string, name: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(rel, name));
    else if (entry.name === name) out.push(rel);
  }
  return out;
}

/** `app/(app)/accounts/[id]/import/page.tsx` → `/accounts/[id]/import` (route groups dropped). */
function urlPattern(file: string): string {
  const parts = path.dirname(file).split(path.sep).slice(1).filter((part) => !/^\(.*\)$/.test(part));
  return `/${parts.join('/')}`;
}

function guardOf(source: string): Guard {
  const need = /requireWorkspace\('(read|write|manage)'\)|need: '(read|write|manage)'|renderInsightsPage\(/.exec(source);
  if (need) return (need[1] ?? need[2] ?? 'read') as Need;
  if (/requireUser\(|withUser\(|getPendingSignIn\(/.test(source)) return 'personal';
  return 'public';
}

export function discoverPages(): PageEntry[] {
  return walk('app', 'page.tsx').map((file) => ({ file, pattern: urlPattern(file), guard: guardOf(fs.readFileSync(path.join(root, file), 'utf8')) }));
}

export function discoverRoutes(): RouteEntry[] {
  return walk('app', 'route.ts').map((file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
    // Auth.js's own handlers re-export GET/POST as a pair.
    if (/export const \{ GET, POST \}/.test(source)) methods.push('GET', 'POST');
    return { file, pattern: urlPattern(file), methods, guard: guardOf(source) };
  });
}

function walkTs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') out.push(...walkTs(rel));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Every module that starts with the 'use server' directive, whatever its name. */
function serverActionFiles(): string[] {
  return [...walkTs('lib'), ...walkTs('app')].filter((file) => /^['"]use server['"]/.test(fs.readFileSync(path.join(root, file), 'utf8').trimStart()));
}

/** The guard of each top-level function; one that only calls a guarded local helper inherits its guard. */
function guardsOf(source: string): Map<string, Guard> {
  const functions = [...source.matchAll(/^(?:export )?async function (\w+)(?:<[^>(]*>)?\(/gm)];
  const bodies = new Map(functions.map((match, index) => [match[1]!, source.slice(match.index, functions[index + 1]?.index ?? source.length)]));
  const guards = new Map<string, Guard>();
  for (const [name, body] of bodies) guards.set(name, guardOf(body));
  for (const [name, body] of bodies) {
    if (guards.get(name) !== 'public') continue;
    for (const call of body.matchAll(/\b(\w+)\(/g)) {
      const inherited = call[1] !== name ? guards.get(call[1]!) : undefined;
      if (inherited && inherited !== 'public') {
        guards.set(name, inherited);
        break;
      }
    }
  }
  return guards;
}

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** Every exported server action with its id from the build (the dist dir's server/server-reference-manifest.json). */
export function discoverActions(distDir: string): { actions: ActionEntry[]; unmatched: string[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as Manifest;
  const idOf = new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
  const actions: ActionEntry[] = [];
  const unmatched: string[] = [];
  for (const file of serverActionFiles()) {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const guards = guardsOf(source);
    for (const match of source.matchAll(/export async function (\w+)\(([^)]*)\)/g)) {
      const name = match[1]!;
      const params = match[2]!.trim();
      const id = idOf.get(`${file}#${name}`);
      if (!id) unmatched.push(`${file}#${name}`);
      else actions.push({ id, file, name, arity: params ? params.split(',').length : 0, guard: guards.get(name) ?? 'public' });
    }
  }
  // And the other way round: an action the build knows but the scan missed.
  const found = new Set(actions.map((action) => action.id));
  for (const [id, entry] of Object.entries(manifest.node)) if (!found.has(id)) unmatched.push(`${entry.filename}#${entry.exportedName} (in the build only)`);
  return { actions, unmatched };
}

/** Every form field any server action reads, so a forged request can fill them all. */
export function discoverFormFields(): string[] {
  const names = new Set<string>();
  for (const file of serverActionFiles()) {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    // readField(form, 'x') and helpers that take the form and a field name the same way.
    for (const m of source.matchAll(/\(form, '(\w+)'/g)) names.add(m[1]!);
    // Lists of field names: readFields(form, ['a', 'b']), const FIELDS = ['a', 'b'].
    for (const list of source.matchAll(/\[((?:\s*'\w+',?)+)\s*(?:,\s*\.\.\.\w+\s*)?\]/g)) for (const m of list[1]!.matchAll(/'(\w+)'/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

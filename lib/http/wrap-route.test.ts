import { redirect } from 'next/navigation';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConflictError, INTERNAL_ERROR_MESSAGE, NotFoundError } from '@/lib/errors';
import { createRouteWrappers, type RouteContext } from './wrap-route';

type User = { id: string };

function wrappersFor(user: User | null) {
  const logged: { message: string; error: unknown }[] = [];
  const wrappers = createRouteWrappers<User>({ getUser: async () => user, logError: (message, error) => logged.push({ message, error }) });
  return { ...wrappers, logged };
}

const request = (path = '/api/thing') => new Request(`http://127.0.0.1${path}`);
const context = (params: Record<string, string> = {}): RouteContext => ({ params: Promise.resolve(params) });

describe('withUser', () => {
  it('answers a signed-out request with a 401 JSON error and never runs the handler', async () => {
    const { withUser } = wrappersFor(null);
    let ran = false;
    const route = withUser(async () => {
      ran = true;
      return new Response('secret');
    });
    const response = await route(request(), context());
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: { code: 'unauthorised', message: 'Sign in first.' } });
    expect(ran).toBe(false);
  });

  it('lets a browser route answer signed-out with its own response (a redirect)', async () => {
    const { withUser } = wrappersFor(null);
    const route = withUser(async () => new Response('secret'), { whenSignedOut: (req) => Response.redirect(new URL('/sign-in', req.url), 303) });
    const response = await route(request(), context());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://127.0.0.1/sign-in');
  });

  it('gives the handler the user and the parsed params, and returns its response untouched', async () => {
    const { withUser } = wrappersFor({ id: 'u1' });
    const route = withUser(async ({ user, params }) => new Response(`${user.id}:${params.id}`, { status: 201, headers: { 'x-kind': 'mine' } }), {
      params: z.object({ id: z.string().max(5) }),
    });
    const response = await route(request(), context({ id: 'r1' }));
    expect(response.status).toBe(201);
    expect(response.headers.get('x-kind')).toBe('mine');
    expect(await response.text()).toBe('u1:r1');
  });

  it('refuses params that do not parse with a 400', async () => {
    const { withUser } = wrappersFor({ id: 'u1' });
    const route = withUser(async () => new Response('ok'), { params: z.object({ id: z.string().max(5) }) });
    const response = await route(request(), context({ id: 'much-too-long' }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad_input');
  });

  it('maps an AppError to its status and message without logging it', async () => {
    const { withUser, logged } = wrappersFor({ id: 'u1' });
    const notFound = await withUser(async () => Promise.reject(new NotFoundError('That report')))(request(), context());
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: { code: 'not_found', message: 'That report was not found.' } });
    expect((await withUser(async () => Promise.reject(new ConflictError('Already running.')))(request(), context())).status).toBe(409);
    expect(logged).toEqual([]);
  });

  it('answers an unknown error with a generic 500 and logs the detail', async () => {
    const { withUser, logged } = wrappersFor({ id: 'u1' });
    const bug = new Error('connect ECONNREFUSED postgres://admin:hunter2@db');
    const response = await withUser(async () => Promise.reject(bug))(request('/api/sync/c1'), context());
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(text).not.toContain('hunter2');
    expect(logged).toEqual([{ message: 'GET /api/sync/c1 failed', error: bug }]);
  });

  it('lets Next’s redirect() through instead of turning it into a 500', async () => {
    const { withUser } = wrappersFor({ id: 'u1' });
    await expect(withUser(async () => redirect('/elsewhere'))(request(), context())).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
  });

  it('keeps a streamed body streaming', async () => {
    const { withUser } = wrappersFor({ id: 'u1' });
    const chunks = ['a,b\n', '1,2\n'];
    const route = withUser(async () => new Response(new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(new TextEncoder().encode(chunks.shift())) : c.close()) })));
    const response = await route(request(), context());
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(await response.text()).toBe('a,b\n1,2\n');
  });
});

describe('withPublic', () => {
  it('runs without a session and maps failures the same way', async () => {
    const { withPublic } = wrappersFor(null);
    const ok = await withPublic(async ({ params }) => Response.json({ token: params.token }), { params: z.object({ token: z.string() }) })(request(), context({ token: 't' }));
    expect(await ok.json()).toEqual({ token: 't' });
    const missing = await withPublic(async () => Promise.reject(new NotFoundError()))(request(), context());
    expect(missing.status).toBe(404);
  });
});

describe('withWorkspace', () => {
  type Actor = { id: string; role: 'owner' | 'member' | 'viewer' };
  const RANK = { read: 1, write: 2, manage: 3 } as const;
  const ROLE = { viewer: 1, member: 2, owner: 3 } as const;
  function workspaceWrappers(actor: Actor | null) {
    return createRouteWrappers<User, Actor, keyof typeof RANK>({
      getUser: async () => actor,
      getActor: async () => actor,
      allows: (who, need) => ROLE[who.role] >= RANK[need],
      logError: () => undefined,
    });
  }

  it('refuses a role without the right with a 403, before the handler runs', async () => {
    let ran = false;
    const route = workspaceWrappers({ id: 'v', role: 'viewer' }).withWorkspace(
      async () => {
        ran = true;
        return new Response('changed');
      },
      { need: 'write' },
    );
    const response = await route(request(), context());
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('forbidden');
    expect(ran).toBe(false);
  });

  it('answers signed-out with a 401, and runs the handler for a role that may', async () => {
    const signedOut = await workspaceWrappers(null).withWorkspace(async () => new Response('x'), { need: 'read' })(request(), context());
    expect(signedOut.status).toBe(401);
    const route = workspaceWrappers({ id: 'm', role: 'member' }).withWorkspace(async ({ actor }) => new Response(actor.id), { need: 'write' });
    const allowed = await route(request(), context());
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('m');
  });
});

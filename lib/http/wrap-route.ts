import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { BadInputError, ForbiddenError, httpStatusOf, toErrorBody, UnauthorisedError } from '@/lib/errors';

// Every route handler is wrapped once (after dub's withWorkspace): who is asking, what the URL's
// params are, and how a failure is answered live here, so a handler body is only the work.
// Failures answer { error: { code, message } }; an unexpected one says nothing about itself
// (500, generic message) and its detail goes only to the log.

/** What Next passes a route handler besides the request. */
export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

type ParamsOption<P> = {
  /** Parses the URL's dynamic segments; a mismatch is a 400, never reaches the handler. */
  params?: z.ZodType<P>;
};

export type RouteWrapperDeps<User, Actor = never, Need = never> = {
  getUser: () => Promise<User | null>;
  /** The signed-in person in their active workspace (null when signed out). */
  getActor?: () => Promise<Actor | null>;
  /** Whether the actor's role allows what a route needs. */
  allows?: (actor: Actor, need: Need) => boolean;
  logError: (message: string, error: unknown) => void;
};

const ERROR_HEADERS = { 'cache-control': 'no-store' };

export function errorResponse(error: unknown): Response {
  return Response.json(toErrorBody(error), { status: httpStatusOf(error), headers: ERROR_HEADERS });
}

async function readParams<P>(context: RouteContext | undefined, schema: z.ZodType<P> | undefined): Promise<P> {
  const raw = (await context?.params) ?? {};
  if (!schema) return raw as P;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BadInputError('This address is not valid.');
  return parsed.data;
}

export function createRouteWrappers<User, Actor = never, Need = never>({ getUser, getActor, allows, logError }: RouteWrapperDeps<User, Actor, Need>) {
  function answerFailure(request: Request, error: unknown): Response {
    // Next's own control flow (redirect(), notFound()) is not a failure.
    unstable_rethrow(error);
    if (httpStatusOf(error) >= 500) logError(`${request.method} ${new URL(request.url).pathname} failed`, error);
    return errorResponse(error);
  }

  /** A route for anyone: no session is read. */
  function withPublic<P = Record<string, never>>(
    handler: (input: { request: Request; params: P }) => Promise<Response>,
    options: ParamsOption<P> = {},
  ): RouteHandler {
    return async (request, context) => {
      try {
        return await handler({ request, params: await readParams(context, options.params) });
      } catch (error) {
        return answerFailure(request, error);
      }
    };
  }

  /**
   * A route for the signed-in user. Signed out is a 401 JSON error, unless `whenSignedOut` gives
   * the response a browser navigation needs instead (a redirect to sign-in).
   */
  function withUser<P = Record<string, never>>(
    handler: (input: { request: Request; user: User; params: P }) => Promise<Response>,
    options: ParamsOption<P> & { whenSignedOut?: (request: Request) => Response } = {},
  ): RouteHandler {
    return async (request, context) => {
      try {
        const user = await getUser();
        if (!user) {
          if (options.whenSignedOut) return options.whenSignedOut(request);
          throw new UnauthorisedError();
        }
        return await handler({ request, user, params: await readParams(context, options.params) });
      } catch (error) {
        return answerFailure(request, error);
      }
    };
  }

  /**
   * A route that reads or changes a workspace's data: signed out is a 401, a role that does not
   * allow `need` a 403 — before the handler runs, so a forced call changes nothing.
   */
  function withWorkspace<P = Record<string, never>>(
    handler: (input: { request: Request; actor: Actor; params: P }) => Promise<Response>,
    options: ParamsOption<P> & { need: Need; whenSignedOut?: (request: Request) => Response },
  ): RouteHandler {
    return async (request, context) => {
      try {
        if (!getActor || !allows) throw new Error('withWorkspace needs getActor and allows');
        const actor = await getActor();
        if (!actor) {
          if (options.whenSignedOut) return options.whenSignedOut(request);
          throw new UnauthorisedError();
        }
        if (!allows(actor, options.need)) throw new ForbiddenError();
        return await handler({ request, actor, params: await readParams(context, options.params) });
      } catch (error) {
        return answerFailure(request, error);
      }
    };
  }

  return { withPublic, withUser, withWorkspace };
}

import Router from '@koa/router';
import type Provider from 'oidc-provider';
import { oauthRoutes } from './routes';

// Chase's liveness check for an aggregator: answers ok only for a registered client-id.
export function createPingRouter(provider: Provider): Router {
  const router = new Router();
  router.get(oauthRoutes.ping, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const clientId = ctx.get('client-id');
    if (!clientId) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', error_description: 'missing client-id header' };
      return;
    }
    const client = await provider.Client.find(clientId);
    if (!client) {
      ctx.status = 401;
      ctx.body = { error: 'invalid_client', error_description: 'client not found' };
      return;
    }
    ctx.body = { status: 'ok' };
  });
  return router;
}

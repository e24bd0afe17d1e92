import type { Context } from 'koa';
import { html } from './html';
import { renderPage } from './layout';

/** Form posts answer 303 so a refresh or Back never re-posts. */
export function seeOther(ctx: Context, location: string): void {
  ctx.status = 303;
  ctx.redirect(location);
}

export function renderForbidden(ctx: Context): void {
  renderPage(ctx, {
    title: 'Request blocked',
    status: 403,
    body: html`<div class="card"><h1>Request blocked</h1><p>This form was not sent from the bank's own page. Go back and try again.</p></div>`,
  });
}

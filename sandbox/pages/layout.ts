import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { html, SafeHtml } from './html';
import { brandOf } from '../institution';

// One stylesheet for every sandbox page. It is inline (no CDN) and allowed by
// its hash, so the CSP can forbid every other style and all scripts.

const styles = `
:root{color-scheme:light;--ink:#1b2430;--muted:#5b6675;--line:#d5dbe3;--brand:#0b4f8a;--brand-dark:#083b67;--bg:#f3f5f8;--danger:#a4262c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
header{background:var(--brand);color:#fff;padding:12px 16px;font-weight:600;letter-spacing:.02em}
body.cu{--brand:#1f7a4d;--brand-dark:#165a39}
header small{font-weight:400;opacity:.85;margin-left:6px}
main{max-width:440px;margin:0 auto;padding:16px}
main.wide{max-width:720px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px;margin-bottom:16px}
h1{font-size:1.3rem;margin:0 0 12px}
h2{font-size:1.05rem;margin:0 0 8px}
p{margin:0 0 12px}
.muted{color:var(--muted);font-size:.9rem}
label{display:block;font-weight:600;margin:0 0 4px}
input[type=text],input[type=password]{width:100%;padding:10px;border:1px solid #9aa6b4;border-radius:6px;font:inherit;margin-bottom:12px}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
button{font:inherit;font-weight:600;padding:10px 16px;border-radius:6px;border:1px solid var(--brand);cursor:pointer}
button.primary{background:var(--brand);color:#fff}
button.primary:hover{background:var(--brand-dark)}
button.secondary{background:#fff;color:var(--brand)}
button.danger{background:#fff;color:var(--danger);border-color:var(--danger)}
.actions{display:flex;gap:8px;flex-wrap:wrap;margin-top:8px}
.actions button{flex:1 1 120px}
fieldset{border:0;padding:0;margin:0 0 12px}
legend{font-weight:600;margin-bottom:6px;padding:0}
.check{display:flex;gap:10px;align-items:flex-start;padding:8px 0;border-top:1px solid var(--line);font-weight:400}
.check input{margin-top:4px;width:18px;height:18px}
ul{margin:0 0 12px;padding-left:20px}
.error{border:1px solid var(--danger);background:#fdf1f1;color:var(--danger);padding:10px;border-radius:6px;margin-bottom:12px}
.notice{border:1px solid #2e7d32;background:#eef7ee;color:#1f5a22;padding:10px;border-radius:6px;margin-bottom:12px}
table{width:100%;border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;padding:6px 4px;border-top:1px solid var(--line)}
code{font-size:.9rem}
`;

const styleHash = createHash('sha256').update(styles).digest('base64');

export type PageOptions = { title: string; body: SafeHtml; wide?: boolean; status?: number };

/** Form posts may land on the app's redirect URI after 303s, so those origins are allowed as form targets. */
export function contentSecurityPolicy(formTargets: string[]): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'self' data:",
    `form-action 'self' ${formTargets.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function renderPage(ctx: Context, options: PageOptions): void {
  ctx.status = options.status ?? 200;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${brandOf(ctx).bankName}</title>
<style>${new SafeHtml(styles)}</style>
</head>
<body class="${brandOf(ctx).bodyClass}">
<header>${brandOf(ctx).bankName}<small>test environment — not a real bank</small></header>
<main class="${options.wide ? 'wide' : ''}">${options.body}</main>
</body>
</html>`.value;
}

// A minimal browser for driving the sandbox's HTML pages in tests: a cookie
// jar, redirect following that stops at other origins (the app's callback),
// and form submission from the page's own markup.

type StoredCookie = { name: string; value: string; path: string };

export type PageResult = { status: number; url: string; html: string; headers: Headers };
export type Navigation = PageResult | { status: number; url: string; redirectedOut: URL };

export type ParsedForm = { action: string; fields: [string, string][]; buttons: [string, string][] };

export class TestBrowser {
  private cookies: StoredCookie[] = [];
  constructor(readonly origin: string) {}

  async get(url: string): Promise<Navigation> {
    return this.navigate(new URL(url, this.origin), { method: 'GET' });
  }

  async post(url: string, form: URLSearchParams): Promise<Navigation> {
    return this.navigate(new URL(url, this.origin), {
      method: 'POST',
      body: form.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: this.origin,
        'sec-fetch-site': 'same-origin',
      },
    });
  }

  /** Submits a form found on the page, the way clicking its button would. */
  async submit(page: PageResult, options: { action?: string | RegExp; button?: string; set?: Record<string, string | string[]> } = {}): Promise<Navigation> {
    const forms = parseForms(page.html);
    const form = forms.find((candidate) =>
      options.action === undefined
        ? true
        : typeof options.action === 'string'
          ? candidate.action.includes(options.action)
          : options.action.test(candidate.action),
    );
    if (!form) throw new Error(`no form matching ${String(options.action)} on ${page.url}`);
    const body = new URLSearchParams();
    const overridden = new Set(Object.keys(options.set ?? {}));
    for (const [name, value] of form.fields) if (!overridden.has(name)) body.append(name, value);
    for (const [name, value] of Object.entries(options.set ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
    const button = form.buttons.find(([, label]) => label === options.button) ?? form.buttons[0];
    if (options.button && button?.[1] !== options.button) throw new Error(`no button "${options.button}"`);
    if (button?.[0]) {
      const [name, value] = button[0].split('=');
      if (name) body.append(name, value ?? '');
    }
    return this.post(new URL(form.action, page.url).href, body);
  }

  private async navigate(url: URL, init: RequestInit): Promise<Navigation> {
    let current = url;
    let request = init;
    for (let hop = 0; hop < 20; hop++) {
      if (current.origin !== this.origin) return { status: 302, url: current.href, redirectedOut: current };
      const response = await fetch(current, {
        ...request,
        redirect: 'manual',
        headers: { ...(request.headers as Record<string, string>), cookie: this.cookieHeader(current) },
      });
      this.storeCookies(response.headers.getSetCookie());
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current);
        request = { method: 'GET' };
        continue;
      }
      return { status: response.status, url: current.href, html: await response.text(), headers: response.headers };
    }
    throw new Error('too many redirects');
  }

  private cookieHeader(url: URL): string {
    return this.cookies
      .filter((cookie) => url.pathname.startsWith(cookie.path))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  private storeCookies(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expired =
        attributes.some((a) => /^max-age=0$/i.test(a)) ||
        attributes.some((a) => a.toLowerCase().startsWith('expires=') && new Date(a.slice(8)).getTime() < Date.now());
      this.cookies = this.cookies.filter((cookie) => !(cookie.name === name && cookie.path === path));
      if (!expired) this.cookies.push({ name, value, path });
    }
  }
}

export function isPage(navigation: Navigation): navigation is PageResult {
  return 'html' in navigation;
}

export function expectPage(navigation: Navigation): PageResult {
  if (!isPage(navigation)) throw new Error(`expected a page, was redirected to ${navigation.redirectedOut.href}`);
  return navigation;
}

export function expectRedirectOut(navigation: Navigation): URL {
  if (isPage(navigation)) throw new Error(`expected a redirect out, got ${navigation.status} page at ${navigation.url}: ${navigation.html.slice(0, 400)}`);
  return navigation.redirectedOut;
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

/** Good enough for the sandbox's own server-rendered markup; not a general HTML parser. */
export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [, formAttributes = '', inner = ''] = match;
    const fields: [string, string][] = [];
    for (const input of inner.matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      const name = attribute(tag, 'name');
      const type = attribute(tag, 'type') ?? 'text';
      if (!name) continue;
      if (type === 'checkbox' && !/\schecked\b/.test(tag)) continue;
      fields.push([name, attribute(tag, 'value') ?? '']);
    }
    const buttons: [string, string][] = [];
    for (const button of inner.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)) {
      const tag = button[1] ?? '';
      const name = attribute(` ${tag}`, 'name');
      const value = attribute(` ${tag}`, 'value') ?? '';
      buttons.push([name ? `${name}=${value}` : '', decodeEntities((button[2] ?? '').replace(/<[^>]+>/g, '').trim())]);
    }
    forms.push({ action: attribute(` ${formAttributes}`, 'action') ?? '', fields, buttons });
  }
  return forms;
}

// a11y.mjs PUBLIC_DIR: opens every page of a built site in headless
// Chromium (playwright-core driving Debian's chromium), served from a
// static server on 127.0.0.1, and
//   - runs axe-core with the WCAG 2.0/2.1 A and AA rules, failing on any
//     serious or critical violation;
//   - records every request the page makes, failing on any that leaves
//     the local origin (no third party) or that the site cannot answer;
//   - checks that every link to another page of the site, and every link
//     to an anchor on the same page, has a target.
// Run it through .ci/check-a11y, which installs what it needs.

import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const tools = process.env.POLICYSITE_CI_TOOLS || '/tmp/policysite-ci';
const require = createRequire(path.join(tools, 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['serious', 'critical']);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const root = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node a11y.mjs PUBLIC_DIR');
  process.exit(2);
}

// fileFor maps a URL path to the file that serves it, or null.
function fileFor(urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const f = path.join(root, p);
  if (f !== root && !f.startsWith(root + path.sep)) return null;
  const st = fs.statSync(f, { throwIfNoEntry: false });
  if (st?.isFile()) return f;
  if (st?.isDirectory()) {
    const idx = path.join(f, 'index.html');
    if (fs.statSync(idx, { throwIfNoEntry: false })?.isFile()) return idx;
  }
  return null;
}

// pages lists the URL paths of every .html file under root, sorted.
function pages() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith('.html')) {
        const rel = '/' + path.relative(root, f).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const f = fileFor(url.pathname);
  if (!f) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  if (!url.pathname.endsWith('/') && path.basename(f) === 'index.html' && !url.pathname.endsWith('index.html')) {
    res.writeHead(301, { location: url.pathname + '/' });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(f)] || 'application/octet-stream' });
  fs.createReadStream(f).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let failures = 0;
const fail = (page, msg) => {
  failures++;
  console.log(`FAIL ${page}: ${msg}`);
};

try {
  const context = await browser.newContext({ bypassCSP: true });
  let current = '';
  const requests = [];
  // Nothing leaves the machine: requests to any other origin are
  // recorded and aborted before they are sent.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    requests.push(u);
    if (u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (r.status() >= 400 && u.pathname !== '/favicon.ico') fail(current, `${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => fail(current, `script error: ${e.message}`));

  const list = pages();
  if (list.length === 0) throw new Error(`no .html pages in ${root}`);
  const totals = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const p of list) {
    const before = failures;
    current = p;
    requests.length = 0;
    const resp = await page.goto(origin + p, { waitUntil: 'load' });
    if (!resp || resp.status() !== 200) {
      fail(p, `page answered ${resp?.status()}`);
      continue;
    }
    const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
    for (const u of foreign) fail(p, `request to another origin: ${u}`);

    // Links: every site page linked exists, every same-page anchor exists.
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => ({
      href: a.href, raw: a.getAttribute('href'),
      anchor: a.hash && a.pathname === location.pathname ? document.getElementById(decodeURIComponent(a.hash.slice(1))) !== null : null,
    })));
    for (const l of links) {
      if (!l.href.startsWith(origin + '/')) continue;
      const u = new URL(l.href);
      if (!fileFor(u.pathname)) fail(p, `broken link ${l.raw}`);
      else if (l.anchor === false) fail(p, `link to a missing anchor ${l.raw}`);
    }

    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
    }), TAGS);
    const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    for (const v of result.violations) {
      counts[v.impact] = (counts[v.impact] || 0) + 1;
      totals[v.impact] = (totals[v.impact] || 0) + 1;
    }
    const bad = result.violations.filter((v) => FAILING.has(v.impact));
    failures += bad.length;
    const summary = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ');
    console.log(`${failures > before ? 'FAIL' : 'ok  '} ${p}: ${summary}; ${links.length} links, ${requests.length} requests`);
    for (const v of result.violations) {
      const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      console.log(`     ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${where}) ${v.helpUrl}`);
    }
  }
  console.log(`check-a11y: ${list.length} pages; violations: ${totals.critical} critical, ${totals.serious} serious, ` +
    `${totals.moderate} moderate, ${totals.minor} minor`);
} finally {
  await browser.close();
  server.close();
}
if (failures > 0) {
  console.error(`error: check-a11y: ${failures} failures (serious or critical WCAG violations, foreign or failed requests, broken links)`);
  process.exit(1);
}
console.log('check-a11y: ok');

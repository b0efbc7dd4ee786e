// Checks a built Postwright site the way a reader's browser sees it.
//
//   node check-site.mjs SITE_DIR SCREENSHOT_DIR
//
// Serves SITE_DIR on 127.0.0.1 (a free port) and opens it in Debian's Chromium: the home page, a
// post with code and a table, a post with a task list, a category page, the archive, a standalone
// page and the 404 page at a desktop and a phone viewport, and every other post on the phone; each
// in light and dark. Fails on console errors, failed requests, a page that scrolls sideways, and
// any 'serious' or 'critical' axe-core violation. Saves a full-page screenshot of every view into
// SCREENSHOT_DIR.
//
// Chromium: POSTWRIGHT_CHROMIUM, default /usr/bin/chromium (Debian's package).

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');

const chromiumPath = process.env.POSTWRIGHT_CHROMIUM || '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const viewports = {
  desktop: { viewport: { width: 1280, height: 800 } },
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};
const colorSchemes = ['light', 'dark'];
const failingImpacts = new Set(['serious', 'critical']);
const pageTimeoutMs = 30_000;
const overallTimeoutMs = 480_000; // under ctest's 600 s TIMEOUT for site_browser

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function usage(message) {
  console.error(`check-site: ${message}\nusage: node check-site.mjs SITE_DIR SCREENSHOT_DIR`);
  process.exit(2);
}

// A static file server like the ones the site is published to: folders serve their index.html,
// the query string is ignored (the stylesheet carries ?v=hash), unknown paths get 404.html.
function startServer(root) {
  const server = http.createServer((request, response) => {
    let file;
    try {
      const urlPath = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      file = path.join(root, urlPath);
      if (!file.startsWith(root + path.sep) && file !== root) throw new Error('outside the site');
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch {
      response.writeHead(400).end();
      return;
    }
    fs.readFile(file, (error, bytes) => {
      if (error) {
        const notFound = path.join(root, '404.html');
        response.writeHead(404, { 'Content-Type': contentTypes['.html'] });
        response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
        return;
      }
      const type = contentTypes[path.extname(file).toLowerCase()] || 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(bytes);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function listHtml(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

function sitePath(file) {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

// The pages to look at, found in the build rather than hard-coded, so that renaming a sample
// post does not silently shrink the test.
function choosePages(root) {
  const files = listHtml(root);
  const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
  const posts = files.filter((f) => /^\d{4}\/[^/]+\/index\.html$/.test(f));
  const post = posts.find((f) => /<pre[\s>]/.test(read(f)) && /<table[\s>]/.test(read(f)));
  const tasks = posts.find((f) => /<input type="checkbox"/.test(read(f)));
  const category = files.find((f) => /^categories\/[^/]+\/index\.html$/.test(f));
  const standalone = files.find((f) => /<article class="post page"/.test(read(f)));
  const pages = [
    ['home', 'index.html'],
    ['post', post],
    ['tasks', tasks],
    ['category', category],
    ['archive', 'archive/index.html'],
    ['page', standalone],
    ['404', '404.html'],
  ];
  const missing = pages.filter(([, file]) => !file || !files.includes(file)).map(([name]) => name);
  if (missing.length) throw new Error(`the site has no page for: ${missing.join(', ')}`);
  const toTarget = ([name, file]) => ({ name, path: file === '404.html' ? '/404.html' : sitePath(file) });
  // Every other post too, on a phone only (the narrowest layout, where code and tables overflow):
  // what axe finds depends on each post's content.
  const chosen = new Set(pages.map(([, file]) => file));
  const others = posts.filter((f) => !chosen.has(f)).map((f) => [`post-${f.split('/')[1]}`, f]);
  return { everywhere: pages.map(toTarget), phoneOnly: others.map(toTarget) };
}

function formatViolation(violation) {
  const lines = [`  [${violation.impact}] ${violation.id}: ${violation.help}`, `    ${violation.helpUrl}`];
  for (const node of violation.nodes.slice(0, 5)) {
    lines.push(`    at ${node.target.join(' ')}`);
    lines.push(`       ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`);
    const why = (node.failureSummary || '').split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of why.slice(0, 3)) lines.push(`       ${line}`);
  }
  if (violation.nodes.length > 5) lines.push(`    … and ${violation.nodes.length - 5} more`);
  return lines.join('\n');
}

// One tab per viewport, reused for every page and colour scheme (a new tab costs a renderer
// process). The listeners report into whichever view is being checked.
async function openTab(browser, viewportName) {
  const context = await browser.newContext({ ...viewports[viewportName], deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(pageTimeoutMs);
  const tab = { context, page, view: { problems: [], notes: [] } };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Network errors name their resource only in the location; the browser's own favicon probe
    // is not a request the page makes, and shows no response event either.
    const resource = message.location()?.url ?? '';
    if (message.text().startsWith('Failed to load resource') && /\/favicon\.ico$/.test(resource))
      tab.view.notes.push(`${resource} not found: the page declares no <link rel="icon">`);
    else tab.view.problems.push(`console error: ${message.text()}${resource ? ` (${resource})` : ''}`);
  });
  page.on('pageerror', (error) => tab.view.problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    tab.view.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) tab.view.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return tab;
}

async function checkView(tab, origin, target, viewportName, scheme, screenshotDir) {
  const view = { problems: [], notes: [] };
  tab.view = view;
  const { page } = tab;
  try {
    await page.emulateMedia({ colorScheme: scheme });
    // 'load' waits for the stylesheet, images and the deferred highlight.js scripts.
    const response = await page.goto(origin + target.path, { waitUntil: 'load' });
    // The 404 page is fetched by name, so every page here must come back 200.
    if (!response || !response.ok()) view.problems.push(`page answered ${response ? response.status() : 'nothing'}`);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) view.problems.push(`the page scrolls sideways by ${overflow}px`);

    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const violation of results.violations) {
      (failingImpacts.has(violation.impact) ? view.problems : view.notes).push(`axe:\n${formatViolation(violation)}`);
    }

    const file = path.join(screenshotDir, `${target.name}-${viewportName}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
  } catch (error) {
    view.problems.push(`could not check the page: ${error.message}`);
  }
  return view;
}

async function main() {
  const [siteArg, screenshotArg] = process.argv.slice(2);
  if (!siteArg || !screenshotArg) usage('two arguments needed');
  const root = fs.realpathSync(path.resolve(siteArg));
  if (!fs.existsSync(path.join(root, 'index.html'))) usage(`${root} has no index.html: not a built site`);
  if (!fs.existsSync(chromiumPath)) {
    console.error(`check-site: no Chromium at ${chromiumPath}; install Debian's chromium (scripts/dev deps)`);
    process.exit(1);
  }
  const screenshotDir = path.resolve(screenshotArg);
  fs.mkdirSync(screenshotDir, { recursive: true });

  const { everywhere, phoneOnly } = choosePages(root);
  const server = await startServer(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, timeout: 60_000 });
  console.log(`check-site: ${root} at ${origin}, Chromium ${browser.version()}`);

  let failed = 0;
  let views = 0;
  try {
    for (const viewportName of Object.keys(viewports)) {
      const tab = await openTab(browser, viewportName);
      const targets = viewportName === 'mobile' ? [...everywhere, ...phoneOnly] : everywhere;
      for (const target of targets) {
        for (const scheme of colorSchemes) {
          const label = `${target.path} (${target.name}, ${viewportName}, ${scheme})`;
          const { problems, notes } = await checkView(tab, origin, target, viewportName, scheme, screenshotDir);
          ++views;
          if (problems.length) {
            ++failed;
            console.log(`FAIL ${label}`);
            for (const problem of problems) console.log(`  ${problem.replace(/\n/g, '\n  ')}`);
          } else {
            console.log(`ok   ${label}`);
          }
          for (const note of notes) console.log(`  note (not failing): ${note.replace(/\n/g, '\n  ')}`);
        }
      }
      await tab.context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`check-site: screenshots in ${screenshotDir}`);
  console.log(`check-site: ${views} views checked, ${failed} with problems`);
  process.exitCode = failed ? 1 : 0;
}

// A hung browser must not hang ctest; ctest's own timeout is only the last resort.
setTimeout(() => {
  console.error(`check-site: gave up after ${overallTimeoutMs / 1000} s`);
  process.exit(1);
}, overallTimeoutMs).unref();

main().catch((error) => {
  console.error(`check-site: ${error.stack || error}`);
  process.exit(1);
});

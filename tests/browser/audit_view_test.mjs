// The HTML audit view in a real browser: headless Chromium (Debian's package) driven by
// playwright-core. A batch of the seeds is converted with --formats html; the test opens a
// seed's page and its index, clicks facts, and checks that the right source lines are
// highlighted and scrolled into view — with the page's script, and without it (plain anchors).
// It also checks that the pages request nothing and raise no error or policy violation, and
// takes the screenshots of docs/ (rewritten there with MINUTES_UPDATE_SCREENSHOTS=1).
//
// Usage: node audit_view_test.mjs MINUTES_BINARY REPOSITORY_ROOT SCREENSHOT_FOLDER
// Exit status: 0 passed, 1 failed, 77 skipped (no Chromium: ctest's SKIP_RETURN_CODE).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [minutes, root, shots] = process.argv.slice(2);
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log(`browser_tests: SKIPPED: no Chromium at ${chromium} (scripts/install-deps installs it)`);
  process.exit(77);
}
let playwright;
try {
  playwright = await import('playwright-core');
} catch {
  console.log('browser_tests: playwright-core is not installed: run `npm ci` in tests/browser ' +
              '(scripts/install-deps does)');
  process.exit(1);
}

fs.mkdirSync(shots, {recursive: true});
const seed = '001_49e7192e6271c01d';
let passed = 0, failed = 0;
function check(what, ok, detail = '') {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${what}${detail ? ': ' + detail : ''}`);
  }
}

// ---- The pages -----------------------------------------------------------------------------------
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-browser-'));
const out = path.join(work, 'out');
// Relative paths, as a person would type them: the pages (and screenshots) show them.
const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'))
                  .sort().map((f) => `seeds/${f}`);
const batch = spawnSync(minutes, ['batch', ...seeds, '-o', out, '--formats', 'html,json',
                                  '--no-progress'], {cwd: root, encoding: 'utf8'});
if (batch.status !== 0) {
  console.log(`minutes batch failed (${batch.status}): ${batch.stderr}`);
  process.exit(1);
}
const doc = JSON.parse(fs.readFileSync(path.join(out, `${seed}.json`), 'utf8'));
const pageUrl = pathToFileURL(path.join(out, `${seed}.html`)).href;

// Everything a page does that a self-contained page must not: requests beyond its own file,
// errors, policy violations.
function watch(page, where) {
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) check(`${where} requests nothing`, false, r.url());
  });
  page.on('pageerror', (e) => check(`${where} raises no error`, false, e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') check(`${where} logs no error`, false, m.text());
  });
}

// The lines highlighted by the script, the line :target matches, and whether the first
// highlighted line is in view both in its scrolling pane and in the window.
async function state(page) {
  return page.evaluate(() => {
    const lit = [...document.querySelectorAll('.source p.hl')].map((p) => p.id);
    const target = document.querySelector(':target');
    const first = document.getElementById(lit[0] || (target && target.id) || '');
    let visible = false;
    if (first) {
      const r = first.getBoundingClientRect();
      const pane = document.querySelector('.source').getBoundingClientRect();
      visible = r.top >= pane.top && r.bottom <= pane.bottom && r.top >= 0 &&
                r.bottom <= window.innerHeight && r.height > 0;
    }
    const on = document.querySelector('a.f.on');
    return {lit, target: target ? target.id : null, visible, hash: location.hash,
            on: on ? on.id || on.getAttribute('href') : null};
  });
}

function range(span) {
  const ids = [];
  for (let n = span.start_line; n <= span.end_line; n++) ids.push(`L${n}`);
  return ids;
}

const browser = await playwright.chromium.launch({executablePath: chromium, headless: true});
try {
  // ---- With the script: a click on an action highlights its lines and scrolls them in ------
  const context = await browser.newContext({viewport: {width: 1400, height: 900}});
  const page = await context.newPage();
  watch(page, 'the page');
  await page.goto(pageUrl);
  check('the page has a title', (await page.title()).startsWith(doc.meeting.body));
  check('the source pane starts at the top', (await state(page)).lit.length === 0);

  const action = doc.actions[doc.actions.length - 1];
  await page.click(`#${action.id}`);
  let s = await state(page);
  check(`a click on ${action.id} highlights its lines`,
        JSON.stringify(s.lit) === JSON.stringify(range(action.span)), JSON.stringify(s.lit));
  check(`a click on ${action.id} scrolls its first line into view`, s.visible);
  check(`a click on ${action.id} marks the fact`, s.on === action.id, s.on);
  check(`a click on ${action.id} names its lines in the address`,
        s.hash === `#L${action.span.start_line}`, s.hash);
  const actionLine = await page.textContent(`#L${action.span.start_line}`);
  check(`${action.id}'s line holds its text`,
        actionLine.includes(action.text.split(' ').slice(0, 3).join(' ')), actionLine);
  await page.screenshot({path: path.join(shots, 'audit-view.png')});

  // A range: an item far down the page, many lines long.
  const item = doc.items.reduce((a, b) => (b.span.end_line - b.span.start_line >
                                           a.span.end_line - a.span.start_line ? b : a));
  await page.click(`#${item.id}`);
  s = await state(page);
  check(`a click on item ${item.id} highlights lines ${item.span.start_line}-${item.span.end_line}`,
        JSON.stringify(s.lit) === JSON.stringify(range(item.span)), `${s.lit.length} lines`);
  check(`a click on item ${item.id} scrolls its first line into view`, s.visible);
  check(`the address names the range`,
        s.hash === `#L${item.span.start_line}-L${item.span.end_line}`, s.hash);
  check('only the last fact clicked is marked', s.on === item.id, s.on);

  // Back: the previous fact's lines again. Forward and a bookmark of a range work the same.
  await page.goBack();
  s = await state(page);
  check('back returns to the action\'s lines',
        JSON.stringify(s.lit) === JSON.stringify(range(action.span)), JSON.stringify(s.lit));
  const resolution = doc.resolutions[0];
  await page.goto(`${pageUrl}#${resolution.id}`);
  await page.reload();
  s = await state(page);
  check(`opening #${resolution.id} shows its lines`,
        JSON.stringify(s.lit) === JSON.stringify(range(resolution.span)) && s.visible,
        JSON.stringify(s));
  await context.close();

  // ---- Without the script: the fact is a plain link to its first line ------------------------
  const plain = await browser.newContext({viewport: {width: 1400, height: 900},
                                          javaScriptEnabled: false});
  const bare = await plain.newPage();
  watch(bare, 'the page without script');
  await bare.goto(pageUrl);
  await bare.click(`#${item.id}`);
  s = await state(bare);
  check('without script a click goes to the first line',
        s.target === `L${item.span.start_line}` && s.hash === `#L${item.span.start_line}`,
        JSON.stringify(s));
  check('without script the first line is in view', s.visible);
  check('without script the line is highlighted by :target', await bare.evaluate(
      (id) => getComputedStyle(document.getElementById(id)).backgroundColor !==
              getComputedStyle(document.querySelector('.source')).backgroundColor,
      `L${item.span.start_line}`));
  await plain.close();

  // ---- The index links every page --------------------------------------------------------------
  const indexContext = await browser.newContext({viewport: {width: 1400, height: 700}});
  const index = await indexContext.newPage();
  watch(index, 'the index');
  await index.goto(pathToFileURL(path.join(out, 'index.html')).href);
  const rows = await index.$$eval('tbody tr', (r) => r.length);
  check('the index lists every seed', rows === seeds.length, `${rows} rows`);
  await index.screenshot({path: path.join(shots, 'audit-index.png')});
  await index.click(`a[href="./${seed}.html"]`);
  check('an index link opens the page', index.url() === pageUrl, index.url());
  await indexContext.close();
} finally {
  await browser.close();
  fs.rmSync(work, {recursive: true, force: true});
}

if (process.env.MINUTES_UPDATE_SCREENSHOTS) {
  for (const name of ['audit-view.png', 'audit-index.png'])
    fs.copyFileSync(path.join(shots, name), path.join(root, 'docs', name));
  console.log(`screenshots copied to ${path.join(root, 'docs')}`);
}
console.log(`browser_tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

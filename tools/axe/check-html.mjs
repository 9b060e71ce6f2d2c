#!/usr/bin/env node
// Runs axe-core over HTML files in Debian's Chromium (/usr/bin/chromium) through playwright-core.
// No browser is downloaded: playwright-core only drives the system Chromium.
//
// Usage: node check-html.mjs [--chromium PATH] [--timeout MS] FILE.html [FILE.html ...]
//
// Prints one JSON report to stdout:
//   { "axe": "4.x", "browser": "...", "tags": [...], "files": [ { "file", "violations": [
//       { "id", "impact", "help", "helpUrl", "nodes": [ { "target", "html", "failureSummary" } ] } ],
//     "passes", "incomplete", "durationMs" } ], "totalViolations": N }
// Exit code: 0 when every file has 0 violations, 1 when at least one has violations,
//            2 on usage errors, unreadable files, or when the browser cannot be started or a page fails.
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'];

// Flags required on this closed-network machine (see the environment notes): without the
// background-networking ones Chromium keeps trying to reach Google and gets refused.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function usage(message) {
  if (message) {
    process.stderr.write(`check-html: ${message}\n`);
  }
  process.stderr.write('usage: node check-html.mjs [--chromium PATH] [--timeout MS] FILE.html [FILE.html ...]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const files = [];
  let chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  let timeout = 60000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--chromium') {
      chromium = argv[++i] ?? usage('--chromium needs a path');
    } else if (arg === '--timeout') {
      timeout = Number(argv[++i]);
      if (!Number.isFinite(timeout) || timeout <= 0) usage('--timeout needs a positive number of milliseconds');
    } else if (arg === '--help' || arg === '-h') {
      usage();
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) usage('no HTML file given');
  return { files, chromium, timeout };
}

function fail(message) {
  process.stderr.write(`check-html: ${message}\n`);
  process.exit(2);
}

const { files, chromium, timeout } = parseArgs(process.argv.slice(2));
for (const file of files) {
  if (!existsSync(file) || !statSync(file).isFile()) fail(`not a file: ${file}`);
}
if (!existsSync(chromium)) fail(`Chromium not found at ${chromium} (Debian package: chromium)`);

let playwright;
let axeSource;
let axeVersion;
try {
  playwright = require('playwright-core');
  const axePath = require.resolve('axe-core/axe.min.js');
  axeSource = readFileSync(axePath, 'utf8');
  axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
} catch (error) {
  fail(`cannot load axe-core/playwright-core (run 'npm ci' in tools/axe): ${error.message}`);
}

// A fresh, throw-away profile for every run.
const profile = mkdtempSync(join(tmpdir(), 'se-axe-profile-'));
let context;
try {
  context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout,
    offline: true,
  });
} catch (error) {
  rmSync(profile, { recursive: true, force: true });
  fail(`cannot start Chromium at ${chromium}: ${error.message}`);
}

const report = { axe: axeVersion, browser: context.browser()?.version() ?? null, tags: TAGS, files: [], totalViolations: 0 };
let exitCode = 0;
try {
  for (const file of files) {
    const started = Date.now();
    const page = await context.newPage();
    try {
      const url = pathToFileURL(resolve(file)).href;
      const response = await page.goto(url, { waitUntil: 'load', timeout });
      if (response && !response.ok()) throw new Error(`loading ${url} answered ${response.status()}`);
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        return await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      }, TAGS);
      const violations = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        tags: v.tags,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
      report.files.push({
        file,
        violations,
        passes: results.passes.length,
        incomplete: results.incomplete.map((r) => r.id),
        durationMs: Date.now() - started,
      });
      report.totalViolations += violations.length;
      if (violations.length > 0) exitCode = Math.max(exitCode, 1);
    } catch (error) {
      report.files.push({ file, error: String(error?.message ?? error), violations: [], durationMs: Date.now() - started });
      exitCode = 2;
    } finally {
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exit(exitCode);

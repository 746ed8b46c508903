// `npm run bench` (after `npm run build`): every measurement of the performance issue in one run. Prints one
// table and writes bench/results.json (commit it with the README table of the same run).
import { writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { buildPages, measureEconomy, measureExport, measureLists } from './browser.mjs';
import { measureHandler } from './handler.mjs';
import { measureModules, measureSizes, overBudget } from './size.mjs';
import { describeRun, renderTable, targets } from './table.mjs';

const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

log('sizes (bundling dist/ with rolldown)');
const sizes = await measureSizes();
const modules = await measureModules();

log('building the benchmark pages (production)');
await buildPages();
log('request economy, in Chromium');
const economy = await measureEconomy();
log('large lists, in Chromium');
const lists = await measureLists({ runs: 7, log });

log('exporting 100,000 members, in Chromium');
const exported = await measureExport({ count: 100_000, runs: 3 });

log('handler throughput (autocannon)');
const handler = await measureHandler({ log });

const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.versions.node,
    chromium: lists.chromium,
  },
  durationSeconds: Math.round((Date.now() - started) / 1000),
  sizes,
  modules,
  lists: { rows: lists.rows },
  economy,
  exported,
  handler,
};
results.targets = targets(results);
writeFileSync(resolve(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${describeRun(results)}\n\n${renderTable(results)}\n`);
for (const failure of overBudget(sizes)) console.log(`over budget: ${failure}`);
const missed = results.targets.filter((target) => !target.met);
console.log(
  missed.length === 0
    ? 'Every target met.'
    : `Targets missed: ${missed.map((target) => `${target.name} (${target.value}, target ${target.target})`).join('; ')}`,
);
log(`done; bench/results.json written`);

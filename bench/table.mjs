// The one table of `npm run bench`, as Markdown (README's "Benchmarks" shows it). `node bench/table.mjs`
// prints it from bench/results.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { targets as sizeTargets } from './size.mjs';

const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const ms = (value) => (value === null || value === undefined || Number.isNaN(value) ? '–' : `${value}`);
const mark = (met) => (met === undefined ? '' : met ? '✓' : '✗');
const bySize = (lists, pick) => lists.map(pick).join(' / ');

/** Each target, measured: `{ name, value, target, met }`. */
export function targets(results) {
  const { sizes, lists, economy, handler } = results;
  const at = (members) => lists.rows.find((row) => row.members === members);
  const mountRatio = (at(10_000)?.mountMs ?? Number.NaN) / (at(100)?.mountMs ?? Number.NaN);
  const panelRatio = (at(100_000)?.panelMountMs ?? Number.NaN) / (at(100_000)?.mountMs ?? Number.NaN);
  const virtualized = lists.rows.filter((row) => row.members > 100);
  const errors = handler.rows.reduce((sum, row) => sum + row.direct.errors + row.handler.errors, 0);
  return [
    ...['panelPage', 'adminPage', 'hookOnly'].map((name) => {
      const value = Math.max(sizes[name].rolldown.gzip, sizes[name].esbuild.gzip);
      return { name: `${name} gzip, both bundlers`, value, target: sizeTargets[name], met: value <= sizeTargets[name] };
    }),
    {
      name: 'styles.css gzip',
      value: sizes.styles.gzip,
      target: sizeTargets.styles,
      met: sizes.styles.gzip <= sizeTargets.styles,
    },
    {
      name: 'entry + dependencies − floor vs entry',
      value: sizes.dependencyOverheadRatio,
      target: 0.1,
      met: sizes.dependencyOverheadRatio <= 0.1,
    },
    { name: 'panel / list mount at 100,000', value: panelRatio, target: 2, met: panelRatio <= 2 },
    { name: 'mount 10,000 / mount 100', value: mountRatio, target: 3, met: mountRatio <= 3 },
    {
      name: 'virtualized rows in DOM, screens',
      value: Math.max(...virtualized.map((row) => row.screensOfRows)),
      target: 3,
      met: virtualized.every((row) => row.screensOfRows <= 3),
    },
    {
      name: 'keystroke at 10,000, ms',
      value: at(10_000)?.keystrokeMs,
      target: 16,
      met: (at(10_000)?.keystrokeMs ?? Number.POSITIVE_INFINITY) < 16,
    },
    {
      name: 'last member shown after scrolling',
      value: lists.rows.every((row) => row.lastMemberShown),
      target: true,
      met: lists.rows.every((row) => row.lastMemberShown),
    },
    {
      name: '100 components, one app: calls',
      value: economy.shared.callsForMount,
      target: 1,
      met: economy.shared.callsForMount === 1,
    },
    {
      name: 'same-data revalidation: renders',
      value: economy.shared.probeRendersOnRevalidation + economy.shared.panelRendersOnRevalidation,
      target: 0,
      met: economy.shared.probeRendersOnRevalidation + economy.shared.panelRendersOnRevalidation === 0,
    },
    {
      name: '5 apps and back: new calls',
      value: economy.switching.callsSecondRound,
      target: 0,
      met:
        economy.switching.callsSecondRound === 0 && economy.switching.shownAtOnce.every((state) => state === 'success'),
    },
    { name: 'handler errors', value: errors, target: 0, met: errors === 0 },
    ...(economy.people
      ? [
          {
            name: 'panel adds one search, one policy',
            value: `${economy.people.twoPanelsOneApp.searches}/${economy.people.twoPanelsOneApp.policies}`,
            target: '1/1',
            met:
              economy.people.twoPanelsOneApp.searches === 1 &&
              economy.people.twoPanelsOneApp.policies === 1 &&
              economy.people.otherAppSameMembers.searches === 0 &&
              economy.people.otherAppSameMembers.policies === 0,
          },
        ]
      : []),
    ...(results.exported
      ? [
          {
            name: 'export 100,000: longest block, ms',
            value: Math.max(results.exported.csv.longestFrameGapMs, results.exported.json.longestFrameGapMs),
            target: 50,
            met: Math.max(results.exported.csv.longestFrameGapMs, results.exported.json.longestFrameGapMs) <= 50,
          },
        ]
      : []),
  ];
}

/** The Markdown table: one row per measure, side by side with its target. */
export function renderTable(results) {
  const { sizes, lists, economy, handler } = results;
  const met = Object.fromEntries(targets(results).map((target) => [target.name, target.met]));
  const rows = lists.rows;
  const at = (members) => rows.find((row) => row.members === members);
  const size = (name) => `${kB(sizes[name].gzip)} (${kB(sizes[name].minified)} min, ${kB(sizes[name].brotli)} br)`;
  const conc = handler.rows.map((row) => row.connections).join(' / ');
  const lines = [
    ['Measure', 'Result', 'Target', ''],
    ...[
      [
        'panelPage',
        'Panel page all-in (panel, provider, transport + swr, Radix Dialog, virtua)',
        '≤ 32 kB (at most 36)',
      ],
      ['adminPage', 'Admin page all-in (apps list, panel with revoke, a member’s apps + dependencies)', '≤ 40 kB'],
      ['hookOnly', '`useConnectedApp` + `createFetchTransport` only (dependencies external)', '≤ 3 kB'],
    ].map(([name, label, target]) => [
      `${label}, gzip: rolldown / esbuild`,
      `${kB(sizes[name].rolldown.gzip)} / ${kB(sizes[name].esbuild.gzip)}`,
      target,
      mark(met[`${name} gzip, both bundlers`]),
    ]),
    ['`styles.css` (every view), gzip', size('styles'), '≤ 4.5 kB', mark(met['styles.css gzip'])],
    ['Whole browser entry, dependencies external, gzip (rolldown)', size('library'), 'reported', ''],
    [
      'Virtualizers alone, gzip: rolldown / esbuild',
      Object.entries(sizes.virtualizers)
        .map(([name, size]) => `${name}: ${kB(size.rolldown.gzip)} / ${kB(size.esbuild.gzip)}`)
        .join('; '),
      'chosen by measure',
      '',
    ],
    [
      'Whole entry + dependencies − their floor, vs the whole entry',
      `${kB(sizes.withDependencies.gzip)} − ${kB(sizes.floor.gzip)} = ${kB(sizes.dependencyOverhead)}: ${(sizes.dependencyOverheadRatio * 100).toFixed(1)} % from the entry`,
      '≤ 10 %',
      mark(met['entry + dependencies − floor vs entry']),
    ],
    [
      `List mount, ms (${rows.map((row) => row.members.toLocaleString('en-US')).join(' / ')} members)`,
      bySize(rows, (row) => ms(row.mountMs)),
      `10,000 ≤ 3 × 100: ${(at(10_000)?.mountMs / at(100)?.mountMs).toFixed(2)} ×`,
      mark(met['mount 10,000 / mount 100']),
    ],
    [
      'Panel mount (memory transport), ms',
      bySize(rows, (row) => ms(row.panelMountMs)),
      `100,000: panel ≤ 2 × list: ${(at(100_000)?.panelMountMs / at(100_000)?.mountMs).toFixed(2)} ×`,
      mark(met['panel / list mount at 100,000']),
    ],
    [
      'Rows in the DOM (DOM elements), screens they fill',
      bySize(rows, (row) => `${row.rowsInDom} (${row.domNodes}), ${row.screensOfRows}`),
      'a few screens (≤ 3) once virtualized',
      mark(met['virtualized rows in DOM, screens']),
    ],
    [
      'Search keystroke → list committed, ms',
      bySize(rows, (row) => ms(row.keystrokeMs)),
      '10,000: < 16 ms',
      mark(met['keystroke at 10,000, ms']),
    ],
    ['Scope filter → list committed, ms', bySize(rows, (row) => ms(row.scopeFilterMs)), '–', ''],
    [
      'Scrolled to the end: last member shown',
      bySize(rows, (row) => (row.lastMemberShown ? 'yes' : 'no')),
      'yes',
      mark(met['last member shown after scrolling']),
    ],
    [
      `${economy.shared.components} components on one app: transport calls`,
      `${economy.shared.callsForMount}`,
      '1',
      mark(met['100 components, one app: calls']),
    ],
    [
      'Revalidation with the same data: renders (100 probes + panel)',
      `${economy.shared.probeRendersOnRevalidation} + ${economy.shared.panelRendersOnRevalidation} (an \`isValidating\` reader: ${economy.shared.validatingProbeRendersOnRevalidation})`,
      '0',
      mark(met['same-data revalidation: renders']),
    ],
    [
      `${economy.switching.apps} apps and back: new calls, first render`,
      `${economy.switching.callsSecondRound}, ${economy.switching.shownAtOnce.filter((state) => state === 'success').length}/${economy.switching.apps} with data`,
      '0, from cache',
      mark(met['5 apps and back: new calls']),
    ],
    [
      `Handler req/s (${conc} connections)`,
      handler.rows.map((row) => row.handler.requestsPerSecond).join(' / '),
      '–',
      '',
    ],
    ['Emulator alone req/s', handler.rows.map((row) => row.direct.requestsPerSecond).join(' / '), '–', ''],
    ['Ratio handler / direct', handler.rows.map((row) => row.throughputRatio).join(' / '), 'reported', ''],
    [
      'Handler p50 / p99, ms',
      handler.rows.map((row) => `${row.handler.p50Ms} / ${row.handler.p99Ms}`).join(', '),
      '–',
      '',
    ],
    [
      'Emulator alone p50 / p99, ms',
      handler.rows.map((row) => `${row.direct.p50Ms} / ${row.direct.p99Ms}`).join(', '),
      '–',
      '',
    ],
    [
      'Errors (non-2xx, socket, timeout)',
      `${handler.rows.reduce((sum, row) => sum + row.handler.errors, 0)} of ${handler.rows.reduce((sum, row) => sum + row.handler.requests, 0).toLocaleString('en-US')} through the handler, ${handler.rows.reduce((sum, row) => sum + row.direct.errors, 0)} direct`,
      '0',
      mark(met['handler errors']),
    ],
  ];
  const people = economy.people;
  if (people) {
    lines.push([
      'Requests a panel adds: members searches, RBAC policies (two panels on one app; then another app, its members all seen)',
      `${people.twoPanelsOneApp.searches}, ${people.twoPanelsOneApp.policies}; ${people.otherAppSameMembers.searches}, ${people.otherAppSameMembers.policies}`,
      '1, 1; 0, 0',
      mark(met['panel adds one search, one policy']),
    ]);
  }
  const { exported } = results;
  if (exported) {
    lines.push([
      `Export ${exported.count.toLocaleString('en-US')} members (CSV / JSON): total ms, longest main-thread block ms`,
      `${Math.round(exported.csv.totalMs)} / ${Math.round(exported.json.totalMs)}, ${Math.round(exported.csv.longestFrameGapMs)} / ${Math.round(exported.json.longestFrameGapMs)} (one synchronous pass: ${Math.round(exported.onePass.totalMs)}, blocks ${Math.round(exported.onePass.longestFrameGapMs)})`,
      'no block over 50 ms',
      mark(met['export 100,000: longest block, ms']),
    ]);
  }
  const render = (cells) => `| ${cells.join(' | ')} |`;
  return [render(lines[0]), render(lines[0].map(() => '---')), ...lines.slice(1).map(render)].join('\n');
}

/** The line above the table: when and where it was measured. */
export function describeRun(results) {
  const { machine } = results;
  return (
    `Measured ${results.date.slice(0, 10)} on ${machine.cpu} × ${machine.cores} cores, ${machine.memoryGb} GB, ` +
    `${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; medians of ${results.lists.rows[0]?.runs} ` +
    `runs (browser) and ${results.handler.runs} runs of ${results.handler.durationSeconds} s (handler).`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(resolve(import.meta.dirname, 'results.json'), 'utf8'));
  console.log(`${describeRun(results)}\n\n${renderTable(results)}`);
}

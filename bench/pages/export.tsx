// Exporting 100,000 members: how long it takes, and the longest the page's main thread stays blocked
// meanwhile (the longest gap between animation frames), beside the same rows built in one pass.
import { csvCell, exportedMembers, exportMembers } from 'react-connected-apps';
import { fixtureScopePolicy, makeActiveMembers, makeMembersDirectory } from 'react-connected-apps/testing';

declare global {
  interface Window {
    exportBench?: { ready: boolean; run(count: number): Promise<ExportRun> };
  }
}

interface ExportRun {
  count: number;
  csv: { totalMs: number; longestFrameGapMs: number; bytes: number };
  json: { totalMs: number; longestFrameGapMs: number; bytes: number };
  onePass: { totalMs: number; longestFrameGapMs: number };
}

/** Runs `work` while watching animation frames; returns its time and the longest gap between two frames. */
async function watched(work: () => Promise<unknown>) {
  let last = performance.now();
  let longest = 0;
  let watching = true;
  const frame = (now: number) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  last = started;
  const result = await work();
  const totalMs = performance.now() - started;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  watching = false;
  return { result, totalMs, longestFrameGapMs: longest };
}

async function run(count: number): Promise<ExportRun> {
  const members = makeActiveMembers(count);
  const directory = new Map(makeMembersDirectory(members.map((member) => member.memberId)).map((m) => [m.memberId, m]));
  const options = { directory, scopes: fixtureScopePolicy };
  const csv = await watched(() => exportMembers(members, { format: 'csv', ...options }));
  const json = await watched(() => exportMembers(members, { format: 'json', ...options }));
  // The naive way, for comparison: every row in one synchronous pass.
  const onePass = await watched(async () =>
    exportedMembers(members, options)
      .map((row) =>
        [row.memberId, row.name, row.email, row.status, row.scopes.join(' '), row.risk].map(csvCell).join(','),
      )
      .join('\r\n'),
  );
  return {
    count,
    csv: { totalMs: csv.totalMs, longestFrameGapMs: csv.longestFrameGapMs, bytes: (csv.result as Blob).size },
    json: { totalMs: json.totalMs, longestFrameGapMs: json.longestFrameGapMs, bytes: (json.result as Blob).size },
    onePass: { totalMs: onePass.totalMs, longestFrameGapMs: onePass.longestFrameGapMs },
  };
}

window.exportBench = { ready: true, run };

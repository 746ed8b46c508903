// The report every check script prints: one `ok` / `FAIL` line per check (a failure with its details below
// it), and the failures kept for the script's summary and exit code.

/** A new list: `check(ok, message, details?)` prints its line; `failures` holds the failed messages. */
export function createChecklist() {
  const failures = [];
  const check = (ok, message, details = '') => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}${!ok && details ? `\n${String(details).trim()}` : ''}`);
    if (!ok) failures.push(message);
  };
  return { check, failures };
}

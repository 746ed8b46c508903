import { useEffect, useRef, useState } from 'react';

/**
 * Whole seconds left until `durationMs` has passed since `restartKey` last changed, ticking once a
 * second, and `onDone` called once at zero. Counts from a deadline, not by adding up ticks, so a
 * throttled background tab still ends on time. `undefined` when there is nothing to count.
 */
export function useCountdown(durationMs: number | undefined, restartKey: unknown, onDone: () => void) {
  const active = durationMs !== undefined && Number.isFinite(durationMs) && durationMs > 0;
  const [seconds, setSeconds] = useState<number | undefined>(active ? Math.ceil(durationMs / 1000) : undefined);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new restartKey (a new error) restarts the countdown, even with the same delay.
  useEffect(() => {
    if (!active) {
      setSeconds(undefined);
      return;
    }
    const deadline = Date.now() + durationMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const left = Math.max(0, deadline - Date.now());
      const whole = Math.ceil(left / 1000);
      setSeconds(whole);
      if (whole === 0) {
        done.current();
        return;
      }
      // Wake exactly when the shown number changes.
      timer = setTimeout(tick, left - (whole - 1) * 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [active, durationMs, restartKey]);

  return seconds;
}

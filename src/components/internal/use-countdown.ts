'use client';
import { useEffect, useRef, useState } from 'react';

const secondsUntil = (deadline: number) => Math.ceil(Math.max(0, deadline - Date.now()) / 1000);

/**
 * Whole seconds left until `deadline` (epoch ms), ticking once a second, and `onDone` called once at zero.
 * Counts to a deadline, not by adding up ticks, so a throttled background tab still ends on time.
 * `undefined` when there is nothing to count.
 */
export function useCountdown(deadline: number | undefined, onDone: () => void) {
  const [seconds, setSeconds] = useState(deadline === undefined ? undefined : secondsUntil(deadline));
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });

  useEffect(() => {
    if (deadline === undefined) {
      setSeconds(undefined);
      return;
    }
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
  }, [deadline]);

  return seconds;
}

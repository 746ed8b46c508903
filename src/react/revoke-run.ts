import { type ConnectedAppError, toConnectedAppError } from '../core/error';
import { retryDelay } from '../core/retry-policy';
import { type ConnectedAppTransport, callTransport } from '../core/transport';

/** What to revoke: the access of these Members to one Connected App. */
export interface RevokeTarget {
  /** The organization id exactly as your views pass it to the hooks (id, slug or external id). */
  organizationId: string;
  connectedAppId: string;
  memberIds: readonly string[];
}

/** How one Member's revoke ended. */
export type RevokeOutcome =
  /** `alreadyGone`: Stytch answered 404, the grant no longer existed; the row goes either way. */
  | { memberId: string; status: 'revoked'; alreadyGone: boolean }
  | { memberId: string; status: 'failed'; error: ConnectedAppError };

/** Options of a bulk revoke. */
export interface RevokeRunOptions {
  /**
   * Revokes in flight at once, at most (Stytch has no bulk endpoint: one call per member).
   * @default 4
   */
  concurrency?: number;
  /**
   * How often one member's revoke is tried again after a 429, waiting for its `Retry-After`; every other
   * call waits too. Other failures are reported at once.
   * @default 3
   */
  maxRateLimitRetries?: number;
}

/** A pause every worker respects: a 429 holds all of them until its `Retry-After` has passed. */
function createGate() {
  let openAt = 0;
  return {
    pause(ms: number) {
      openAt = Math.max(openAt, Date.now() + ms);
    },
    async wait() {
      for (let wait = openAt - Date.now(); wait > 0; wait = openAt - Date.now()) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
  };
}

/**
 * Revokes each member once, at most `concurrency` at a time, honouring a 429's `Retry-After`. Calls
 * `onOutcome` as each member ends; resolves with every outcome in the order of `memberIds`.
 */
export async function runRevokes(
  transport: ConnectedAppTransport,
  target: RevokeTarget,
  revokeOne: (memberId: string, send: () => Promise<unknown>) => Promise<unknown>,
  onOutcome: (outcome: RevokeOutcome) => void,
  options: RevokeRunOptions = {},
): Promise<RevokeOutcome[]> {
  const { concurrency = 4, maxRateLimitRetries = 3 } = options;
  const memberIds = [...new Set(target.memberIds)];
  const outcomes = new Map<string, RevokeOutcome>();
  const gate = createGate();

  const revoke = async (memberId: string): Promise<RevokeOutcome> => {
    for (let attempt = 1; ; attempt += 1) {
      await gate.wait();
      try {
        await revokeOne(memberId, () =>
          callTransport(transport, 'revokeConnectedApp', {
            organizationId: target.organizationId,
            memberId,
            connectedAppId: target.connectedAppId,
          }),
        );
        return { memberId, status: 'revoked', alreadyGone: false };
      } catch (thrown) {
        const error = toConnectedAppError(thrown);
        if (error.code === 'NOT_FOUND') return { memberId, status: 'revoked', alreadyGone: true };
        if (error.code === 'RATE_LIMITED' && attempt <= maxRateLimitRetries) {
          gate.pause(retryDelay(error, attempt, { maxRetries: maxRateLimitRetries }) ?? 1000);
          continue;
        }
        return { memberId, status: 'failed', error };
      }
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < memberIds.length) {
      const memberId = memberIds[next] as string;
      next += 1;
      const outcome = await revoke(memberId);
      outcomes.set(memberId, outcome);
      onOutcome(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, memberIds.length)) }, worker));
  return memberIds.map((memberId) => outcomes.get(memberId) as RevokeOutcome);
}

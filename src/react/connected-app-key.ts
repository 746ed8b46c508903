// No 'use client': plain functions, which Server Components call too (src/index.ts exports them from core/keys).
export {
  connectedAppKey,
  connectedAppsKey,
  isConnectedAppKey,
  memberConnectedAppsKey,
  readConnectedAppKey,
  readConnectedAppsKey,
  readMemberConnectedAppsKey,
} from '../core/keys';

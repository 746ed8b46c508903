export { defaultEmulatorData, seededSessions } from './default-data';
export { isExpectedHost } from './host-check';
export { MAX_RECORDED_REQUESTS, startStytchEmulator } from './start-stytch-emulator';
export type {
  EmulatorData,
  EmulatorFault,
  EmulatorFaultKind,
  EmulatorOrganization,
  EmulatorRateLimit,
  EmulatorSession,
  RecordedRequest,
  StytchEmulator,
  StytchEmulatorOptions,
} from './types';

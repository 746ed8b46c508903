export { defaultEmulatorData, seededSessions } from './default-data';
export { startStytchEmulator } from './start-stytch-emulator';
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

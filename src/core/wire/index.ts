export {
  type StytchConnectedAppResponse,
  toStytchConnectedApps,
  toStytchMemberConnectedApps,
  toStytchMembersPage,
  toStytchResponse,
  toStytchRevokeResult,
  toStytchScopePolicy,
} from './connected-app-body';
export { isBlankId, isValidId } from './ids';
export { decodeSegment, isPlainObject, stringField } from './json';
export {
  buildPath,
  connectedAppPath,
  matchRoute,
  type Resource,
  type RouteMatch,
  type RouteParams,
  routes,
  snakeCase,
} from './routes';
export { errorFromResponse, type StytchErrorBody, stytchErrorBody } from './stytch-error';

export {
  type AuthorizeContext,
  type ConnectedAppHandlerOptions,
  createConnectedAppHandler,
  type HandlerErrorContext,
} from './create-connected-app-handler';
export { hasMemberSession, readMemberSession } from './member-session';
export { type PrefetchConnectedAppOptions, prefetchConnectedApp } from './prefetch-connected-app';
export { type NodeHandler, type NodeRequest, toNodeHandler } from './to-node-handler';
export type { ConnectedAppsClient, MemberSession } from './types';

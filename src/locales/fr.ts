/**
 * The French catalogue, in its own entry so that apps showing only English do not ship it.
 *
 * @example
 * import { fr } from 'react-connected-apps/locales/fr';
 * <ConnectedAppsProvider transport={transport} messages={fr}>...</ConnectedAppsProvider>
 */
export { fr } from '../messages/fr';

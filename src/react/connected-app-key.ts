export { connectedAppKey, isConnectedAppKey, readConnectedAppKey } from '../core/keys';

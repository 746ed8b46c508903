import type { OrganizationConnectedApp } from '../../core/types';
import { formatMessage } from '../../messages/format';
import type { ConnectedAppsMessages } from '../../messages/types';

/** The readable label of an app's client type ("Third party", "Other (machine_to_machine)"). */
export function clientTypeLabel(
  messages: ConnectedAppsMessages,
  app: Pick<OrganizationConnectedApp, 'clientType' | 'rawClientType'>,
): string {
  const copy = Object.hasOwn(messages.clientTypes, app.clientType)
    ? messages.clientTypes[app.clientType]
    : messages.clientTypes.unknown;
  return formatMessage(copy.label, { raw: app.rawClientType });
}

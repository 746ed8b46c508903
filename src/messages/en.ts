import { standardScopes } from '../core/scopes';
import type { ConnectedAppsMessages } from './types';

/** The English catalogue: the default. */
export const en: ConnectedAppsMessages = {
  locale: 'en',
  clientTypes: {
    first_party: { label: 'First party', description: 'Your own app, with a confidential client that keeps a secret.' },
    first_party_public: {
      label: 'First party, public',
      description: 'Your own app, with a public client (mobile or single-page) that keeps no secret.',
    },
    third_party: {
      label: 'Third party',
      description: 'Another company’s app, with a confidential client that keeps a secret.',
    },
    third_party_public: {
      label: 'Third party, public',
      description: 'Another company’s app, with a public client (mobile or single-page) that keeps no secret.',
    },
    unknown: { label: 'Other ({raw})', description: 'A client type this version does not describe yet.' },
  },
  scopes: { ...standardScopes },
  copy: { copy: 'Copy', copied: 'Copied', failed: 'Copy failed' },
  summary: {
    appIdLabel: 'App ID',
    copyAppId: 'Copy app ID',
    logoAlt: '{name} logo',
    clientTypeLabel: 'Client type',
    activeMembers: { one: '{count} active member', other: '{count} active members' },
    noDescription: 'No description.',
  },
  scopeChips: {
    listLabel: 'Granted scopes',
    more: { one: '+{count} more', other: '+{count} more' },
    showLess: 'Show less',
    none: 'No scopes granted',
  },
  membersList: {
    heading: 'Active members',
    count: { one: '{count} member', other: '{count} members' },
    searchLabel: 'Search members',
    searchPlaceholder: 'Member ID or name',
    filterLabel: 'Filter by scope',
    allScopes: 'All scopes',
    empty: 'No member has installed this app.',
    noMatches: 'No member matches your search.',
    openMember: 'Show scopes of {member}',
    shown: { one: 'Showing {count} member', other: 'Showing {count} members' },
  },
  dialog: {
    title: 'Scopes granted by {member}',
    description: {
      one: '{count} scope granted at the last authorization.',
      other: '{count} scopes granted at the last authorization.',
    },
    memberIdLabel: 'Member ID',
    close: 'Close',
    noScopes: 'This member granted no scopes.',
  },
  errorBanner: {
    errors: {
      BAD_REQUEST: {
        title: 'Invalid request',
        message: 'The organization or app id is not valid.',
        nextStep: 'Check the link you followed.',
      },
      UNAUTHORIZED: {
        title: 'Not signed in',
        message: 'Your session has expired or is not valid.',
        nextStep: 'Sign in again, then retry.',
      },
      FORBIDDEN: {
        title: 'Access denied',
        message: 'Your role does not allow viewing this organization’s connected apps.',
        nextStep: 'Ask an organization admin for access.',
      },
      NOT_FOUND: {
        title: 'App not found',
        message: 'This connected app does not exist in this organization.',
        nextStep: 'Check the app id, or pick another app.',
      },
      RATE_LIMITED: {
        title: 'Too many requests',
        message: 'Requests are being limited for a moment.',
        nextStep: 'It will retry by itself.',
      },
      SERVER: {
        title: 'Something went wrong',
        message: 'The server could not answer.',
        nextStep: 'Retry in a moment; if it persists, contact support with the request ID.',
      },
      NETWORK: {
        title: 'Connection problem',
        message: 'The server could not be reached.',
        nextStep: 'Check your connection, then retry.',
      },
      TIMEOUT: {
        title: 'Request timed out',
        message: 'The server took too long to answer.',
        nextStep: 'Retry in a moment.',
      },
      INVALID_RESPONSE: {
        title: 'Unexpected answer',
        message: 'The server sent data that could not be read.',
        nextStep: 'Retry; if it persists, contact support with the request ID.',
      },
    },
    retry: 'Retry',
    retrying: 'Retrying…',
    retryIn: { one: 'Retrying in {count} second', other: 'Retrying in {count} seconds' },
    requestIdLabel: 'Request ID',
    copyRequestId: 'Copy request ID',
    learnMore: 'Learn more about this error',
    staleData: 'Showing the last data loaded; it may be out of date.',
  },
  panel: { loading: 'Loading connected app…', idle: 'Choose a connected app to see its details.' },
};

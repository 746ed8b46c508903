// What the hostile page renders, built from the payloads; the page and the test both read it.
import type { ConnectedApp, ConnectedAppErrorInit } from 'react-connected-apps';
import { hostileTexts, hostileUrls } from './payloads';

export const ORG = 'organization-test-hostile';
/** Errors answered by the page's transport for this organization, one per app id. */
export const ERROR_ORG = 'organization-test-hostile-errors';

/** A panel showing an app whose every text field carries `text`. */
export interface TextCase {
  id: string;
  text: string;
  app: ConnectedApp;
  /** The member whose name `resolveMember` gives as `text`. */
  resolvedMemberId: string;
}

/** A panel whose transport fails with hostile fields, or a banner rendered directly. */
export interface ErrorCase {
  id: string;
  error: ConnectedAppErrorInit;
}

const codes = ['SERVER', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHORIZED', 'TIMEOUT', 'NETWORK', 'BAD_REQUEST'] as const;
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

export const textCases: TextCase[] = hostileTexts.map((text, index) => ({
  id: `text-${index}`,
  text,
  resolvedMemberId: `member-test-resolved-${index}`,
  app: {
    connectedAppId: text,
    name: text,
    description: text,
    clientType: 'third_party',
    rawClientType: 'third_party',
    logoUrl: pick(hostileUrls, index),
    activeMembers: [
      { memberId: text, grantedScopes: [text, 'openid', 'profile'] },
      { memberId: `member-test-resolved-${index}`, grantedScopes: ['email', text] },
    ],
  },
}));

/** An app per hostile URL, as its logo (the name is plain, so the avatar's initials show instead). */
export const logoCases: ConnectedApp[] = hostileUrls.map((url, index) => ({
  connectedAppId: `connected-app-test-logo-${index}`,
  name: `Logo case ${index}`,
  description: `Logo URL ${JSON.stringify(url)}`,
  clientType: 'first_party',
  rawClientType: 'first_party',
  logoUrl: url,
  activeMembers: [],
}));

/** Failed requests whose Stytch fields are hostile: through the panel (`panel-error-*`) and directly. */
export const errorCases: ErrorCase[] = hostileUrls.map((url, index) => ({
  id: `panel-error-${index}`,
  error: {
    code: pick(codes, index),
    status: 500,
    errorUrl: url,
    requestId: pick(hostileTexts, index),
    errorMessage: pick(hostileTexts, index + 1),
    errorType: pick(hostileTexts, index + 2),
  },
}));

export const bannerCases: ErrorCase[] = hostileTexts.map((text, index) => ({
  id: `banner-${index}`,
  error: {
    code: pick(codes, index),
    message: text,
    errorMessage: text,
    errorType: text,
    requestId: text,
    errorUrl: pick(hostileUrls, index),
  },
}));

/** Controls, so the checks cannot pass by rendering nothing: a logo that loads and a link that shows. */
export function controlApp(origin: string): ConnectedApp {
  return {
    connectedAppId: 'connected-app-test-control',
    name: 'Control app',
    description: 'A same-origin logo and nothing hostile.',
    clientType: 'first_party',
    rawClientType: 'first_party',
    logoUrl: `${origin}/logo.svg`,
    activeMembers: [{ memberId: 'member-test-control', grantedScopes: ['openid'] }],
  };
}
export const controlError: ErrorCase = {
  id: 'banner-control',
  error: {
    code: 'SERVER',
    status: 500,
    requestId: 'request-id-test-control',
    errorUrl: 'https://stytch.com/docs/api/errors/500',
  },
};

/** Every distinct hostile value tried, and every (value, place) pair it was put in. */
export const payloadCount = hostileTexts.length + hostileUrls.length;
export const placementCount =
  // per text case: app id, name, description, member id, resolved name, scope (in both members)
  textCases.length * 7 +
  // the text case's logo URL, each logo case, each error case's URL, request id, message and type
  textCases.length +
  logoCases.length +
  errorCases.length * 4 +
  // per banner case: message, errorMessage, errorType, request id, URL
  bannerCases.length * 5;

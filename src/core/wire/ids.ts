/** Ids Stytch issues (`organization-test-…`), slugs and external ids fit this; anything else is refused. */
const ID_PATTERN = /^[A-Za-z0-9._~|-]{1,128}$/;

/**
 * The one id rule, in the browser, the handler and the emulator: 1 to 128 letters, digits or `. _ ~ | -`,
 * and not `.` or `..` (a URL parser would resolve those away, whatever their encoding).
 */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id) && id !== '.' && id !== '..';
}

/** True when an id is missing or blank: a hook then stays idle and sends nothing. */
export function isBlankId(id: string | null | undefined): id is null | undefined | '' {
  return typeof id !== 'string' || id.trim() === '';
}

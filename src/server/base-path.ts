/** `''`, `/api/stytch/` and `api/stytch` become `''`, `/api/stytch` and `/api/stytch`. */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

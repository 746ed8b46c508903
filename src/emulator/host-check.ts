/**
 * Whether a request's `Host` header names the server it reached: `ADDRESS:PORT` for the address listened on
 * (`[ADDRESS]:PORT` for IPv6) or `localhost:PORT`, in any case. A local server that answers every name can be
 * read by any web page through DNS rebinding: the page's own name, resolved again to 127.0.0.1, makes the
 * browser send it requests it treats as same-origin. Those carry the page's name as `Host`, so refusing
 * every other name (answer 421 Misdirected Request) closes the hole; a missing `Host` is refused too.
 *
 * @example
 * const { address, port } = server.address() as AddressInfo
 * if (!isExpectedHost(req.headers.host, address, port)) res.writeHead(421).end()
 */
export function isExpectedHost(hostHeader: string | undefined, listenAddress: string, port: number): boolean {
  if (hostHeader === undefined) return false;
  const address = listenAddress.includes(':') ? `[${listenAddress}]` : listenAddress;
  const host = hostHeader.toLowerCase();
  // Clients leave out the default port.
  const names = port === 80 ? [address, 'localhost'] : [];
  return [`${address}:${port}`, `localhost:${port}`, ...names].some((name) => name.toLowerCase() === host);
}

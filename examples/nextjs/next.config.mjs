import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // This folder is the app's root, even inside the library's repository (whose lockfile Next would
  // otherwise take for a workspace root).
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
};

export default nextConfig;

// Bundles src/styles/index.css (its @imports inlined) into dist/styles.css, minified.
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundle } from 'lightningcss';

const { code } = bundle({ filename: 'src/styles/index.css', minify: true });
mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', code);
console.log(`dist/styles.css: ${code.length} bytes`);

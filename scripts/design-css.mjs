// Bundles only the Designsystemet components the app uses, in the design system's own cascade
// layers (as its full index.css does). The full bundle is 17 KB brotli; this is about half.
// Run by Trunk as a pre-build hook; writes style/generated/designsystemet.css (not committed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Add a component here when the app starts using its classes (ds-<name>).
const COMPONENTS = [
  'alert', 'button', 'card', 'error-summary', 'field', 'fieldset', 'file-upload', 'heading',
  'input', 'label', 'link', 'list', 'paragraph', 'skip-link', 'table', 'tag', 'validation-message',
  // Not a component: fixes font sizes for data-size on headings and paragraphs (index.css has it).
  'data-size-workaround',
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules/@digdir/designsystemet-css/dist/src');
const read = (name) => readFileSync(join(source, `${name}.css`), 'utf8').trim();

const css = [
  '@layer ds.theme, ds.base, ds.components;',
  `@layer ds.base{${read('base')}}`,
  ...COMPONENTS.map((name) => `@layer ds.components{${read(name)}}`),
].join('\n');

const out = join(root, 'style/generated/designsystemet.css');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${css}\n`);

// Expands a Counterpoint W3C Web Annotation export with jsonld.js, offline: the W3C context is
// served from the file given on the command line, anything else the document would load is
// refused, so nothing is ever fetched. Safe mode makes every term jsonld.js would drop (one our
// context does not define) an error. Prints the property IRIs of the expanded document, one a
// line, sorted, for the test to check.
// Usage: node expand.mjs EXPORT.jsonld anno.jsonld
import fs from 'node:fs';
import jsonld from 'jsonld';

const [exportPath, annoPath] = process.argv.slice(2);
const annoContext = JSON.parse(fs.readFileSync(annoPath, 'utf8'));
const served = {
  'http://www.w3.org/ns/anno.jsonld': annoContext,
  'https://www.w3.org/ns/anno.jsonld': annoContext,
};

const documentLoader = async (url) => {
  if (!(url in served))
    throw new Error(`refused to load ${url}: only the W3C context is served, from disk`);
  return {contextUrl: null, documentUrl: url, document: served[url]};
};

const properties = new Set();
function collect(node) {
  if (Array.isArray(node)) {
    node.forEach(collect);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith('@'))
        properties.add(key);
      collect(value);
    }
  }
}

try {
  const input = JSON.parse(fs.readFileSync(exportPath, 'utf8'));
  const expanded = await jsonld.expand(input, {documentLoader, safe: true});
  collect(expanded);
  process.stdout.write([...properties].sort().join('\n') + '\n');
} catch (error) {
  process.stderr.write(`${exportPath}: ${error.message}${error.details ? ' ' + JSON.stringify(error.details) : ''}\n`);
  process.exit(1);
}

// Command line: the same core as the extension, on a file.
//   npm run summarize -- <file.txt|file.html> [--format json|csv|md] [--url URL] [--date YYYY-MM-DD] [--title T] [--source S]
// --date, --title and --source give a .txt file's metadata (its date decides time against other
// reports; its title and source, its place), over what its first lines say.
// A .txt file is the article text, unchanged (offsets index into it); an .html file goes
// through the same site adapters as a page in the browser, on the tree a browser builds
// (scripts/parse-html.ts).
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtmlDocument } from './parse-html';
import { extractFigures } from '../lib/extract';
import { recognizeCampaign } from '../lib/recognize';
import { readArticle } from '../lib/sites';
import { plainTextArticle } from '../lib/plain-text-article';
import { checkPage } from '../lib/compare';
import { createMemoryLookup } from '../lib/dataset/memory-lookup';
import { loadSeedDataset } from './seed-dataset';
import { type ExportFormat, quotesFor, toCsv, toJson, toMarkdown } from '../lib/export';
import type { Article } from '../lib/types';

const USAGE = 'usage: npm run summarize -- <file.txt|file.html> [--format json|csv|md] [--url URL] [--date YYYY-MM-DD] [--title T] [--source S]';

interface GivenMeta {
  date?: string;
  title?: string;
  source?: string;
}

function parseArgs(argv: string[]): { file: string; format: ExportFormat; url: string | null; meta: GivenMeta } {
  const meta: GivenMeta = {};
  let file: string | null = null;
  let format: ExportFormat = 'json';
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'csv' && value !== 'md') throw new Error(`--format takes json, csv or md, not ${value ?? 'nothing'}`);
      format = value;
    } else if (arg === '--url') {
      url = argv[++i] ?? null;
    } else if (arg === '--date') {
      const value = argv[++i];
      if (!value || !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/.test(value)) throw new Error(`--date takes YYYY-MM-DD, not ${value ?? 'nothing'}`);
      meta.date = value;
    } else if (arg === '--title' || arg === '--source') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} takes a value`);
      meta[arg === '--title' ? 'title' : 'source'] = value;
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (!file) file = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (!file) throw new Error('no file given');
  return { file, format, url, meta };
}

function readInput(path: string, url: string): Article {
  const content = readFileSync(path, 'utf8');
  if (/^\.x?html?$/i.test(extname(path))) {
    const found = readArticle(parseHtmlDocument(content), url);
    if (found) return found.article;
    throw new Error(`${basename(path)}: no article found in this page`);
  }
  return plainTextArticle(content, url);
}

async function main(): Promise<void> {
  const { file, format, url: givenUrl, meta: given } = parseArgs(process.argv.slice(2));
  const path = resolve(file);
  const url = givenUrl ?? pathToFileURL(path).href;
  const read = readInput(path, url);
  const article = { ...read, meta: { ...read.meta, ...given } };
  const recognition = recognizeCampaign(article);
  const figures = extractFigures(article.text);
  const lookup = createMemoryLookup(loadSeedDataset());
  const checks = await checkPage({ text: article.text, figures, meta: article.meta }, lookup);
  const input = {
    url: article.meta.url ?? url,
    meta: article.meta,
    recognition,
    figures,
    checks,
    quotes: quotesFor(article.text, figures),
    checkedAt: new Date().toISOString(),
  };
  process.stdout.write(format === 'csv' ? toCsv(input) : format === 'md' ? toMarkdown(input) : toJson(input));
}

main().catch((e: unknown) => {
  console.error(`summarize: ${e instanceof Error ? e.message : String(e)}`);
  console.error(USAGE);
  process.exit(1);
});

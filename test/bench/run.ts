// `npm run bench`: every benchmark, with its figures printed. The browser part needs a built
// extension (`npm run build`) and Debian's Chromium.
import { benchExtraction } from './extract';
import { benchRecognition } from './recognize';
import { benchChecks } from './checks';
import { benchBrowser } from './browser';
import { benchLibrary } from './library';
import { benchBackground } from './background';

const sections: [string, () => Promise<void>][] = [
  ['Figure extraction', benchExtraction],
  ['Campaign recognition', benchRecognition],
  ['Checks and the reference store', benchChecks],
  ['In the browser', benchBrowser],
  ['The background in the browser: worker start and the page\'s checks', benchBackground],
  ['The reader\'s library (in the browser)', benchLibrary],
];

const only = process.argv[2];
for (const [title, run] of sections) {
  if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n## ${title}\n`);
  await run();
}

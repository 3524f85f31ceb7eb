// Not a test: full-page screenshots of two results (P2 care leaver, P3 fostering)
// at 360 and 1280 px, and their heights in screens. node tests/e2e/result-shots.mjs OUT
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openJourney, answerAll, seeResults, careLeaverAnswers } from './pages/journey.mjs';

const out = process.argv[2] ?? 'target/shots';
const people = {
  p2: ['care_leaver', careLeaverAnswers(19, { 'education or training': 'Yes' })],
  p3: ['fostering', {
    'date of birth': { date: ['5', '5', '1983'] }, 'Kent or Medway': 'Yes', 'spare bedroom': 'Yes', 'cautioned or convicted': 'No',
    'Who would you foster': 'Children I do not know yet', 'already a foster carer': 'No', 'Payment for Skills': 'Foundation', 'How many children': '2',
    'How old is child 1': '6', 'child 1 have a disability': 'No', 'How old is child 2': '13', 'child 2 have a disability': 'No',
    'with a partner': 'Yes', 'as a couple': 'Yes',
  }],
};
const server = await startServer();
const browser = await launchBrowser();
try {
  await mkdir(out, { recursive: true });
  for (const [name, [journey, answers]] of Object.entries(people)) {
    for (const [width, height] of [[360, 740], [1280, 800]]) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await openJourney(page, server.url, journey);
      await answerAll(page, answers);
      await seeResults(page);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      const next = await page.evaluate(() => document.querySelector('#next')?.getBoundingClientRect().top + scrollY);
      const file = resolve(join(out, `${name}-${width}.png`));
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${name} ${width}px: ${h}px = ${(h / height).toFixed(1)} screens; "What to do next" at ${(next / height).toFixed(1)} screens; ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

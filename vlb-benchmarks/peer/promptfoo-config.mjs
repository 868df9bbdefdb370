// Writes a promptfoo config that asks the fake server exactly what the engine asked it in the run whose
// journal is given: one test per variant that reached the model, with the variant's text laid out as the
// engine's Prompts.format lays it out and the item's image, in a request shaped like the engine's
// OpenAiProtocol body (one user message: the image as a data URL, then the text).
//
// node promptfoo-config.mjs RESULTS_JSONL ITEMS_JSONL SERVER_URL OUT_JSON [SUITE]
// Prints the number of tests written.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const [resultsFile, itemsFile, serverUrl, outFile, suite = 'dev.vlb.benchmarks.PhotoBench'] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node promptfoo-config.mjs RESULTS_JSONL ITEMS_JSONL SERVER_URL OUT_JSON [SUITE]');
  process.exit(2);
}

// The answer instructions of dev.vlb.engine.execution.Prompts, by the dataset's task type.
const INSTRUCTIONS = {
  yes_no: 'Please answer yes or no.',
  multiple_choice: "Answer with the option's letter from the given choices directly.",
  short_answer: 'Answer the question using a single word or number.',
  open_ended: '',
};

const jsonLines = (file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));

const items = new Map(jsonLines(itemsFile).map((item) => [item.id, item]));
const images = new Map();

/** The engine sends PNG and JPEG bytes as they are, by their signature; anything else it re-encodes. */
function mediaType(bytes, path) {
  if (bytes[0] === 0x89 && bytes.toString('latin1', 1, 4) === 'PNG') {
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  throw new Error(`${path} is neither PNG nor JPEG, so the engine sent it re-encoded`);
}

function image(item) {
  const path = resolve(dirname(resolve(itemsFile)), item.image);
  if (!images.has(path)) {
    const bytes = readFileSync(path);
    images.set(path, { path, mediaType: mediaType(bytes, path), sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return images.get(path);
}

/** Context paragraph, blank line, question, one "A. option" line per choice, then the instruction. */
function promptText(row, item) {
  const type = String(item.type ?? '').trim().toLowerCase().replace(/-/g, '_');
  if (!(type in INSTRUCTIONS)) {
    throw new Error(`item ${item.id}: task type '${item.type}' is not one the engine knows`);
  }
  let text = row.context?.trim() ? `${row.context.trim()}\n\n` : '';
  text += row.question.trim();
  (item.choices ?? []).forEach((choice, i) => {
    text += `\n${String.fromCharCode(65 + i)}. ${String(choice).trim()}`;
  });
  return INSTRUCTIONS[type] ? `${text}\n${INSTRUCTIONS[type]}` : text;
}

const tests = [];
for (const row of jsonLines(resultsFile)) {
  // Variants never generated, resumed or answered from the cache did not reach the model.
  if (row.suite !== suite || row.variant == null || row.asked < 1 || row.cached) {
    continue;
  }
  const item = items.get(row.item);
  if (!item) {
    throw new Error(`item ${row.item} of ${resultsFile} is not in ${itemsFile}`);
  }
  const { path, mediaType, sha256 } = image(item);
  if (row.imageSha256 && row.imageSha256 !== sha256) {
    throw new Error(`${row.item} [${row.variant}]: the engine sent an image other than ${path} (an image variant?)`);
  }
  tests.push({ vars: { text: promptText(row, item), mediaType, image: `file://${path}` } });
}
if (tests.length === 0) {
  throw new Error(`${resultsFile} has no variant of ${suite} that reached the model`);
}

// promptfoo loads an image var given as file:// as base64. A prompt that is itself a JSON chat message
// array has the variables put into its strings, escaped for JSON; any other prompt text would have every
// variable's value, the image's base64 included, run through the template engine first.
const prompt = JSON.stringify([{
  role: 'user',
  content: [
    { type: 'image_url', image_url: { url: 'data:{{mediaType}};base64,{{image}}' } },
    { type: 'text', text: '{{text}}' },
  ],
}]);

writeFileSync(outFile, JSON.stringify({
  description: `the prompts of ${resultsFile}`,
  prompts: [prompt],
  providers: [{ id: 'openai:chat:fake', config: { apiBaseUrl: serverUrl, apiKey: 'not-a-key', temperature: 0 } }],
  tests,
}));
console.log(tests.length);

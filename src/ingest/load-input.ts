/**
 * One input, from its name to decoded text: the whole of ingest as the CLI sees it.
 */
import { decodeBytes, type DecodedText } from './decode.js';
import { readInput, STDIN_NAME, type ReadInputOptions } from './read-input.js';

/**
 * @throws WhosaidError for every way an input can be unusable (see docs/errors.md)
 */
export async function loadInput(name: string, options: ReadInputOptions): Promise<DecodedText> {
  const bytes = await readInput(name, options);
  return decodeBytes(bytes, name === STDIN_NAME ? 'standard input' : name);
}

/**
 * French punctuation as French readers expect it, and without a line break before it: a no-break space
 * before « : », a narrow no-break space before ; ? ! and inside « ». An ordinary space there lets a
 * colon start the next line of a label or a PDF cell.
 */
import { expect, it } from 'vitest';
import { AREAS, readCatalogue } from './catalogues';

it('puts no ordinary space before : ; ? ! or inside « » in the French catalogues', async () => {
  const wrong: string[] = [];
  for (const area of AREAS) {
    for (const [id, message] of await readCatalogue('fr', area)) {
      if (/ [:;?!»]|« /.test(message)) wrong.push(`${area}: ${id}`);
    }
  }
  expect(wrong).toEqual([]);
});

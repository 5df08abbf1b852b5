// The options page's calls to the background, which owns the library's database.
import browser from 'webextension-polyfill';
import type { RefDocument } from '@/lib/dataset/schema';

type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

async function ask<T>(message: object): Promise<T> {
  const answer = (await browser.runtime.sendMessage(message)) as Answer<T> | undefined;
  if (!answer) throw new Error('no answer from the background');
  if (!answer.ok) throw new Error(answer.error);
  return answer;
}

export const libraryClient = {
  list: () => ask<{ documents: RefDocument[] }>({ type: 'library-list' }).then((a) => a.documents),
  remove: (docId: string) => ask<object>({ type: 'library-remove', docId }),
  exportFile: () => ask<{ file: unknown }>({ type: 'library-export' }).then((a) => a.file),
  importFile: (file: unknown) => ask<{ documents: number; figures: number }>({ type: 'library-import', file }),
};

// Managing the library: search and filter the kept articles, open them, remove them (with undo),
// see the storage used, export the whole library and import a file.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RefDocument } from '@/lib/dataset/schema';
import { LIBRARY_FILE_LIMITS } from '@/lib/dataset/library-file';
import { type Lang } from '@/lib/i18n';
import { campaignLabel } from './campaign-label';
import { libraryClient } from './library-client';
import { safeHref } from './format';

const UNDO_MS = 5_000;

const TEXT = {
  title: { zh: '我的参考库', en: 'My reference library' },
  empty: { zh: '参考库是空的。在文章页的摘要或数字卡片中点“加入我的参考库”。', en: 'The library is empty. Use “Add this page to my library” on an article.' },
  search: { zh: '搜索标题或网址', en: 'Search titles or addresses' },
  allCampaigns: { zh: '全部活动', en: 'All campaigns' },
  allSites: { zh: '全部网站', en: 'All sites' },
  from: { zh: '起', en: 'From' },
  to: { zh: '止', en: 'To' },
  remove: { zh: '删除', en: 'Remove' },
  removed: { zh: '已删除', en: 'Removed' },
  undo: { zh: '撤销', en: 'Undo' },
  figures: { zh: '数字', en: 'figures' },
  storage: { zh: '已用存储', en: 'Storage used' },
  exportAll: { zh: '导出全部（JSON）', en: 'Export all (JSON)' },
  importFile: { zh: '导入文件', en: 'Import a file' },
  imported: { zh: '已导入', en: 'Imported' },
  loading: { zh: '正在读取参考库…', en: 'Reading the library…' },
  refused: { zh: '未导入', en: 'Not imported' },
} as const;

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

export function LibraryManager({ lang }: { lang: Lang }) {
  const tr = (k: keyof typeof TEXT) => TEXT[k][lang];
  const [documents, setDocuments] = useState<RefDocument[] | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [query, setQuery] = useState('');
  const [campaign, setCampaign] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [pending, setPending] = useState<Map<string, ReturnType<typeof setTimeout>>>(new Map());
  const [storage, setStorage] = useState('');

  const reload = async () => {
    try {
      setDocuments(await libraryClient.list());
      const estimate = await navigator.storage?.estimate?.();
      if (estimate?.usage !== undefined) setStorage(`${(estimate.usage / 1024 / 1024).toFixed(1)} MB`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const campaigns = useMemo(() => [...new Set((documents ?? []).map((d) => d.campaign).filter((c): c is string => !!c))].sort(), [documents]);
  const sites = useMemo(() => [...new Set((documents ?? []).map((d) => hostOf(d.url)).filter(Boolean))].sort(), [documents]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (documents ?? [])
      .filter((d) => !pending.has(d.id))
      .filter((d) => !q || (d.title ?? '').toLowerCase().includes(q) || (d.url ?? '').toLowerCase().includes(q))
      .filter((d) => !campaign || d.campaign === campaign)
      .filter((d) => !site || hostOf(d.url) === site)
      .filter((d) => (!from || (d.date ?? '') >= from) && (!to || (d.date ?? '').slice(0, 10) <= to))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  }, [documents, query, campaign, site, from, to, pending]);

  /** Removal waits a few seconds so that Undo can cancel it: nothing is deleted until then. */
  const remove = (doc: RefDocument) => {
    const timer = setTimeout(async () => {
      setPending((p) => {
        const next = new Map(p);
        next.delete(doc.id);
        return next;
      });
      try {
        await libraryClient.remove(doc.id);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      await reload();
    }, UNDO_MS);
    setPending((p) => new Map(p).set(doc.id, timer));
    setNotice(`${tr('removed')}: ${doc.title ?? doc.url ?? doc.id}`);
  };
  const undo = () => {
    for (const timer of pending.values()) clearTimeout(timer);
    setPending(new Map());
    setNotice('');
  };

  const exportAll = async () => {
    const file = await libraryClient.exportFile();
    const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `figure-check-library_${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const importChosen = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setError('');
    setNotice('');
    try {
      if (chosen.size > LIBRARY_FILE_LIMITS.bytes) throw new Error(`${(chosen.size / 1024 / 1024).toFixed(0)} MB is more than the ${LIBRARY_FILE_LIMITS.bytes / 1024 / 1024} MB a library file may have`);
      let data: unknown;
      try {
        data = JSON.parse(await chosen.text());
      } catch {
        throw new Error('the file is not JSON');
      }
      const result = await libraryClient.importFile(data);
      setNotice(`${tr('imported')}: ${result.documents} / ${result.figures} ${tr('figures')}`);
      await reload();
    } catch (e) {
      setError(`${tr('refused')}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section class="library">
      <h1>{tr('title')}</h1>
      <p class="muted">
        {tr('storage')}: <span data-storage>{storage || '—'}</span>
      </p>
      <div class="filters">
        <input class="field" type="search" name="query" aria-label={tr('search')} placeholder={tr('search')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <select class="field" name="campaign" aria-label={tr('allCampaigns')} value={campaign} onChange={(e) => setCampaign((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{tr('allCampaigns')}</option>
          {campaigns.map((c) => (
            <option key={c} value={c}>
              {campaignLabel(c, lang)}
            </option>
          ))}
        </select>
        <select class="field" name="site" aria-label={tr('allSites')} value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{tr('allSites')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label>
          {tr('from')} <input class="field" type="date" name="from" value={from} onChange={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {tr('to')} <input class="field" type="date" name="to" value={to} onChange={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" class="btn" name="export" onClick={() => void exportAll()}>
          {tr('exportAll')}
        </button>
        <label class="import btn">
          {tr('importFile')} <input class="visually-hidden" type="file" name="import" accept="application/json,.json" onChange={(e) => void importChosen(e.currentTarget as HTMLInputElement)} />
        </label>
      </div>
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}{' '}
          {pending.size > 0 && (
            <button type="button" class="btn" name="undo" onClick={undo}>
              {tr('undo')}
            </button>
          )}
        </p>
      )}
      {documents === null && !error && (
        <p class="status" aria-busy="true" role="status">
          {tr('loading')}
        </p>
      )}
      {documents && documents.length === 0 && <p class="empty notice-box">{tr('empty')}</p>}
      <table>
        <tbody>
          {shown.map((d) => {
            const href = safeHref(d.url);
            return (
              <tr key={d.id} data-doc-id={d.id}>
                <td>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{d.title ?? href}</a> : (d.title ?? d.id)}</td>
                <td class="muted">{hostOf(d.url)}</td>
                <td class="muted">{d.date?.slice(0, 10) ?? ''}</td>
                <td class="muted">{d.campaign ? campaignLabel(d.campaign, lang) : ''}</td>
                <td class="muted">
                  {d.figureCount} {tr('figures')}
                </td>
                <td>
                  <button type="button" class="btn btn-quiet" name="remove" onClick={() => remove(d)}>
                    {tr('remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

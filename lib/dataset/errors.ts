// Errors of the reference store that callers handle by kind.

/** The browser refused to store the dataset; the previous dataset is still in place. */
export class DatasetQuotaError extends Error {
  override readonly name = 'DatasetQuotaError';
  constructor(
    readonly attemptedVersion: string,
    readonly keptVersion: string | null,
    options?: { cause?: unknown },
  ) {
    super(
      `Not enough storage to save the reference dataset ${attemptedVersion}; ` +
        (keptVersion ? `the previous dataset (${keptVersion}) is still in use.` : 'no dataset is stored yet.') +
        ' Free some browser storage and reload the extension.',
      options,
    );
  }
}

export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'AbortError' && isQuotaError((e as { cause?: unknown }).cause));
}

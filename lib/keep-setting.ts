// "Keep as I read": every campaign article the reader opens, on a site where the extension runs by
// itself (the site settings decide), goes into the reader's library, so that a metric's history
// grows without a click. Off unless the reader turns it on.
export const KEEP_AS_I_READ_KEY = 'keepAsIRead';

/** Anything but `true` in storage is the default: off. */
export function parseKeepAsIRead(v: unknown): boolean {
  return v === true;
}

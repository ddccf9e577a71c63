/**
 * downloadFile: saves text as a file through a Blob URL (no server round trip: every export is
 * built from what the page already has). The one download helper of the console: exports of the
 * access matrix, reachability tests and scenarios, and unreadable stored data. The URL is revoked
 * once the click has started the download.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

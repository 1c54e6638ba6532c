/** Saves text as a file through the browser's download, with no server involved. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a session name and a date: letters, digits and dashes only. */
export function fileName(base: string, date: Date, ext: string): string {
  const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'workshop';
  return `niet-pluis-${slug}-${date.toISOString().slice(0, 10)}.${ext}`;
}

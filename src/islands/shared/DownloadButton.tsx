import { useState } from 'preact/hooks';

/** Saves text as a file, from memory (a Blob and a[download]): nothing leaves the page. */
export function DownloadButton({ text, filename, label, type = 'text/plain' }: { text: () => string; filename: string; label: string; type?: string }) {
  const [status, setStatus] = useState('');
  const download = () => {
    const url = URL.createObjectURL(new Blob([text()], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has started the download by now; the address only has to live that long.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Saving ${filename}.`);
  };
  return (
    <div class="copy">
      <button type="button" class="button secondary" onClick={download}>{label}</button>
      <p class="copy-status" role="status">{status}</p>
    </div>
  );
}

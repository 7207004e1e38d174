import { useState } from 'preact/hooks';

/** Copies text to the clipboard and says so; falls back to selecting a text area where the clipboard is blocked. */
export function CopyButton({ text, label }: { text: () => string; label: string }) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied to the clipboard.');
      setFallback(null);
    } catch {
      setFallback(value);
      setStatus('The clipboard is blocked here: the text is selected below, copy it with Ctrl+C or Cmd+C.');
    }
  };
  return (
    <div class="copy">
      <button type="button" class="button secondary" onClick={copy}>{label}</button>
      <p class="copy-status" role="status">{status}</p>
      {fallback !== null && (
        <textarea class="copy-fallback" readOnly rows={8} aria-label="Text to copy" value={fallback}
          ref={(el) => el?.select()} />
      )}
    </div>
  );
}

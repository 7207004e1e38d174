import { useEffect, useState } from 'preact/hooks';

/** Server-rendered note that the results are the default example; it disappears once the island runs. */
export function JsNote() {
  const [running, setRunning] = useState(false);
  useEffect(() => setRunning(true), []);
  if (running) return null;
  return <p class="noscript-note">This calculator needs JavaScript to react to your inputs. The results shown are for its default inputs.</p>;
}

/**
 * Behaviour of /embed/<id>/ pages: report the page height to the framing page whenever it changes
 * ({type: 'k8s-or-die:resize', id, height}) and keep the "full version" link carrying the current inputs.
 */
export function startEmbedPage(): void {
  const main = document.querySelector<HTMLElement>('[data-embed-id]');
  if (!main) return;
  const id = main.dataset.embedId!;
  if (window.parent !== window) {
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'k8s-or-die:resize', id, height }, '*');
    };
    new ResizeObserver(report).observe(document.documentElement);
    report();
  }
  const link = document.querySelector<HTMLAnchorElement>('[data-full-version]');
  const base = link?.getAttribute('href');
  const withInputs = () => {
    if (!link || base === null || base === undefined) return;
    const params = new URLSearchParams(location.search);
    params.delete('theme');
    const query = params.toString();
    link.href = query ? `${base}?${query}` : base;
  };
  link?.addEventListener('pointerdown', withInputs);
  link?.addEventListener('focus', withInputs);
  link?.addEventListener('click', withInputs);
  withInputs();
}

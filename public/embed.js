/*
 * K8s or Die embed script. On any page, turns
 *   <div data-k8s-or-die="ha-cluster" data-params="tolerate=2&zones=3"></div>
 * into a titled, lazy-loading iframe of the calculator that resizes to its content.
 * The site's address is taken from this script's own URL, so it works under any base path.
 */
(function () {
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : location.href);
  var frames = [];

  function mount(el) {
    if (el.getAttribute('data-k8s-or-die-mounted')) return;
    var id = el.getAttribute('data-k8s-or-die');
    if (!/^[a-z0-9-]+$/.test(id || '')) return;
    var params = el.getAttribute('data-params') || '';
    var frame = document.createElement('iframe');
    frame.src = new URL('embed/' + id + '/' + (params ? '?' + params.replace(/^\?/, '') : ''), base).href;
    frame.title = (el.getAttribute('data-title') || id.replace(/-/g, ' ')) + ' (K8s or Die calculator)';
    frame.loading = 'lazy';
    frame.width = '100%';
    frame.height = '900';
    frame.setAttribute('style', 'border:0;width:100%;max-width:100%;display:block');
    el.setAttribute('data-k8s-or-die-mounted', 'true');
    el.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'k8s-or-die:resize' || typeof data.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].height = String(Math.max(200, Math.ceil(data.height)));
    }
  });

  function scan() { document.querySelectorAll('[data-k8s-or-die]').forEach(mount); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan); else scan();
})();

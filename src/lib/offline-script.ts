/**
 * The service worker's registration and update prompt, as the inline script Base.astro puts on every page but
 * embeds (no framework JavaScript: content pages carry none). It never runs inside an embed (in a sandboxed frame
 * even reading navigator.serviceWorker throws), nor from disk (browsers refuse service workers on file://).
 * A new version waits: the page offers to reload, and only the reader's "Reload" tells the waiting worker to take
 * over (SKIP_WAITING, which Workbox's generated worker handles), after which the page reloads once.
 */
export const offlineScript = `(function () {
  var root = document.documentElement, sw;
  if (root.dataset.embed || location.protocol.indexOf('http') !== 0) return;
  try { sw = navigator.serviceWorker; } catch (e) { return; }
  if (!sw) return;
  var accepted = false;
  function offer(worker) {
    if (!sw.controller || document.querySelector('.update-prompt')) return;
    var box = document.createElement('div'), text = document.createElement('p'), reload = document.createElement('button'), later = document.createElement('button');
    box.className = 'update-prompt'; box.setAttribute('role', 'status');
    text.textContent = 'A new version of this guide is available.';
    reload.type = later.type = 'button'; reload.className = 'button'; later.className = 'button secondary';
    reload.textContent = 'Reload'; later.textContent = 'Not now';
    reload.onclick = function () { accepted = true; worker.postMessage({ type: 'SKIP_WAITING' }); };
    later.onclick = function () { box.remove(); };
    box.append(text, reload, later);
    document.body.append(box);
  }
  sw.addEventListener('controllerchange', function () { if (accepted) { accepted = false; location.reload(); } });
  sw.register(root.dataset.base + 'sw.js', { scope: root.dataset.base }).then(function (reg) {
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (worker) worker.addEventListener('statechange', function () { if (worker.state === 'installed') offer(worker); });
    });
  }).catch(function () {});
})();`;

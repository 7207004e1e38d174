/**
 * The small inline runtime of classic-script pages (see classic-islands.ts). It runs before anything else on the page:
 * - register(modules): the page's bundle (a deferred classic script) hands over its lazy modules, keyed by file name;
 * - import(url): what Astro's islands call to load their component and renderer, answered from that registry;
 * - run(key): stands in for each <script type="module">, keeping document order;
 * - load(name, file) / define(name, exports): a chunk that the code loads with import() (Chart.js), as a classic
 *   script injected on first use, which defines its exports when it has run.
 */
export function classicRuntime(assetBase: string): string {
  return `(function(){var ready,registered=new Promise(function(r){ready=r}),queue=Promise.resolve(),lazy={},waiting={},base=${JSON.stringify(assetBase)};`
    + 'function key(u){return String(u).split(/[?#]/)[0].split("/").pop()}'
    + 'var k=window.__k8sClassic={'
    + 'register:function(m){ready(m)},'
    + 'import:function(u){return registered.then(function(m){var f=m[key(u)];if(!f)throw new Error("No classic module for "+u);return f()})},'
    + 'run:function(n){queue=queue.then(function(){return k.import(n)}).catch(function(e){console.error(e)})},'
    + 'load:function(n,file){return lazy[n]||(lazy[n]=new Promise(function(resolve,reject){waiting[n]=resolve;var s=document.createElement("script");'
    + 's.src=base+file;s.onerror=function(){delete lazy[n];reject(new Error("Could not load "+file))};document.head.appendChild(s)}))},'
    + 'define:function(n,m){if(waiting[n])waiting[n](m);else lazy[n]=Promise.resolve(m)}};})();';
}

/** Points Astro's island element at the registry; inserted right after Astro's own script, before any island is parsed. */
export const islandPatch = 'customElements.get("astro-island").prototype.importWithRetry=function(u){return __k8sClassic.import(u)};';

/**
 * For the portable copy, opened from disk: links that islands make at run time ("/<base>/guide/x/" or "x/") point at
 * folders, which a browser shows as file listings there. Before a link is followed (or shown on hover or focus), make
 * it relative to the site root that <html data-root> names and have it name index.html.
 */
export function portableLinks(base: string): string {
  return `(function(){var root=document.documentElement.dataset.root||"",base=${JSON.stringify(base)};`
    + 'function fix(a){var h=a.getAttribute("href");if(!h||/^([a-z][a-z0-9+.-]*:|\\/\\/|#|\\?)/i.test(h))return;'
    + 'var m=/^([^?#]*)(.*)$/.exec(h),p=m[1];if(p.charAt(0)==="/"){if(p.indexOf(base)!==0)return;p=root+p.slice(base.length)}'
    + 'if(p===""||p.slice(-1)==="/")p+="index.html";if(p+m[2]!==h)a.setAttribute("href",p+m[2])}'
    + '["click","auxclick","focusin","mouseover"].forEach(function(t){document.addEventListener(t,function(e){'
    + 'var a=e.target&&e.target.closest&&e.target.closest("a[href]");if(a)fix(a)},true)})})();';
}

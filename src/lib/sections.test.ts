import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsByHeading } from './sections.ts';

test('sectionsByHeading: each h2 opens a section that runs to the next h2; what comes first stays outside', () => {
  const out = sectionsByHeading('<p>intro</p><h2 id="a">A</h2><p>a1</p><figure>f</figure><h2 id="b">B</h2><ul><li>b</li></ul>');
  assert.equal(out, '<p>intro</p><section class="md-section"><h2 id="a">A</h2><p>a1</p><figure>f</figure></section>'
    + '<section class="md-section"><h2 id="b">B</h2><ul><li>b</li></ul></section>');
});

test('sectionsByHeading: a heading inside a component (a calculator, a callout) starts nothing', () => {
  const page = '<p>x</p><form class="calculator"><h2>Results</h2><p>r</p></form><p>y</p>';
  assert.equal(sectionsByHeading(page), page);
});

test('sectionsByHeading: scripts, templates and islands pass through as they were', () => {
  const island = '<astro-island uid="u" props="{&quot;a&quot;:1}"><template data-astro-template=""><b>t</b></template></astro-island>';
  const script = '<script>if (a < b && c > d) run("</p>")</script>';
  assert.equal(sectionsByHeading(`<h2>A</h2>${island}${script}`), `<section class="md-section"><h2>A</h2>${island}${script}</section>`);
});

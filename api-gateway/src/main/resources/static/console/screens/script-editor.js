// The script editor: a job's script and product images, edited (scene texts, an image per scene, the order, images
// or scenes dropped) and rendered again as a new render job from POST /api/v1/generate-video with the product and
// the edited script, so the page is not read again and no new script is written.

import { api } from '../api.js';
import { announce, h, notice, replace, screenTitle } from '../dom.js';
import { busy, choices, field, formMessages, showProblem } from '../forms.js';
import { jobSubject } from '../format.js';
import { jobImages } from '../images.js';

export function render(main, route) {
  const id = route.params[0];
  const stop = new AbortController();
  let pictures = null;
  main.append(screenTitle('Edit the script'), h('p', { role: 'status' }, 'Loading the job…'));
  api.get(`/api/v1/jobs/${encodeURIComponent(id)}`, { signal: stop.signal })
      .then(job => { pictures = editor(main, job, stop.signal); })
      .catch(e => {
        if (stop.signal.aborted) return;
        replace(main, screenTitle('Edit the script'), notice('error', h('p', {}, e.status === 404
          ? 'There is no such job for your key.' : e.message)));
      });
  return () => {
    stop.abort();
    pictures?.close();
  };
}

/** Draws the editor; returns the job's images it shows (to be closed with the screen), or null. */
function editor(main, job, signal) {
  const product = structuredClone(job.results?.product ?? job.request?.product ?? null);
  const script = structuredClone(job.results?.script ?? job.request?.script ?? null);
  const back = h('a', { href: `#/jobs/${encodeURIComponent(job.id)}` }, 'Back to the job');
  const title = screenTitle(`Edit the script: ${jobSubject(job)}`);
  if (!product?.images?.length || !script) {
    replace(main, title, notice('info', h('p', {}, 'This job has no script with product images to edit yet.')),
        h('p', {}, back));
    return null;
  }
  // the gateway numbers the job's images as the job lists them; dropped images leave gaps in the editor's list
  const sources = product.images.slice();
  const pictures = jobImages(job.id, sources, signal);
  const picture = (url, number, size) => pictures.image(sources.indexOf(url), { number, size });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Render again');
  const body = h('div');
  const form = h('form', { class: 'editor', novalidate: true }, formMessages(), body,
      h('div', { class: 'actions' }, submit, back));
  replace(main, title,
      h('p', { class: 'lead' }, 'Renders a new video from this script and these images. The page is not read'
          + ' again and no new script is written.'),
      form);

  let idempotencyKey = crypto.randomUUID();
  const changed = () => { idempotencyKey = crypto.randomUUID(); };
  form.addEventListener('input', changed);

  /**
   * Draws the editor again after a change of structure, then focuses the first control that `focus` (selectors, in
   * order of preference) finds: keyboard users stay on the button they pressed, now in its new place.
   */
  function draw(...focus) {
    replace(body, imagesSection(), scriptFields(), scenesSection());
    focus.map(selector => form.querySelector(selector)).find(Boolean)?.focus();
    changed();
  }

  function imagesSection() {
    return h('section', { class: 'panel', 'aria-labelledby': 'images-title' },
        h('h2', { id: 'images-title' }, 'Product images'),
        h('ul', { class: 'gallery editable' }, product.images.map((url, i) => h('li', {},
            picture(url, i),
            h('button', { type: 'button', class: 'button quiet small', 'data-remove-image': i,
              disabled: product.images.length === 1, onclick: () => dropImage(i) },
            `Drop image ${i + 1}`)))));
  }

  function scriptFields() {
    return h('section', { class: 'panel', 'aria-labelledby': 'texts-title' },
        h('h2', { id: 'texts-title' }, 'Titles'),
        text('Title', 'script.title', script.title, 200, value => { script.title = value; }),
        text('Opening hook', 'script.hook', script.hook, 300, value => { script.hook = value; }),
        text('Call to action', 'script.callToAction', script.callToAction, 300,
            value => { script.callToAction = value; }));
  }

  function scenesSection() {
    return h('section', { class: 'panel', 'aria-labelledby': 'scenes-title' },
        h('h2', { id: 'scenes-title' }, 'Scenes'),
        h('ol', { class: 'scene-editors' }, script.scenes.map((scene, i) => h('li', {}, sceneEditor(scene, i)))),
        h('button', { type: 'button', class: 'button', onclick: addScene }, 'Add a scene'));
  }

  function sceneEditor(scene, i) {
    const name = `script.scenes[${i}]`;
    const narration = h('textarea', { name: `${name}.narration`, rows: 3, maxlength: 600, required: true });
    narration.value = scene.narration ?? '';
    narration.addEventListener('input', () => { scene.narration = narration.value; });
    const images = product.images.map((url, k) => {
      const radio = h('input', { type: 'radio', name: `${name}.imageIndex`, value: k, checked: scene.imageIndex === k,
        onchange: () => { scene.imageIndex = k; } });
      return h('label', { class: 'image-choice' }, radio, picture(url, k, 'mini'), h('span', {}, `Image ${k + 1}`));
    });
    const last = script.scenes.length - 1;
    return h('fieldset', { class: 'scene-editor', dataset: { scene: i } },
        h('legend', {}, `Scene ${i + 1}`),
        field('Narration', narration, 'What the voice says.'),
        text('On-screen text', `${name}.onScreenText`, scene.onScreenText, 120,
            value => { scene.onScreenText = value; }),
        choices('Image', h('div', { class: 'image-choices' }, images), `${name}.imageIndex`),
        h('div', { class: 'actions compact' },
            h('button', { type: 'button', class: 'button small', disabled: i === 0, 'data-move-up': i,
              onclick: () => move(i, -1) }, h('span', { 'aria-hidden': 'true' }, '↑ '), `Move scene ${i + 1} up`),
            h('button', { type: 'button', class: 'button small', disabled: i === last, 'data-move-down': i,
              onclick: () => move(i, 1) }, h('span', { 'aria-hidden': 'true' }, '↓ '), `Move scene ${i + 1} down`),
            h('button', { type: 'button', class: 'button quiet small', disabled: last === 0, 'data-remove-scene': i,
              onclick: () => dropScene(i) }, `Drop scene ${i + 1}`)));
  }

  function move(i, step) {
    const [scene] = script.scenes.splice(i, 1);
    script.scenes.splice(i + step, 0, scene);
    const to = i + step;
    draw(`[data-move-${step < 0 ? 'up' : 'down'}="${to}"]:not([disabled])`, `[data-scene="${to}"] textarea`);
    announce(`Scene ${i + 1} is now scene ${to + 1}.`);
  }

  function dropScene(i) {
    script.scenes.splice(i, 1);
    draw(`[data-scene="${Math.min(i, script.scenes.length - 1)}"] textarea`);
    announce(`Scene ${i + 1} dropped.`);
  }

  function addScene() {
    script.scenes.push({ narration: '', onScreenText: null, imageIndex: 0, emphasis: null });
    draw(`[data-scene="${script.scenes.length - 1}"] textarea`);
  }

  /** Drops an image; scenes that showed it show the one that takes its place, the others keep theirs. */
  function dropImage(i) {
    product.images.splice(i, 1);
    for (const scene of script.scenes) {
      if (scene.imageIndex > i || scene.imageIndex >= product.images.length) scene.imageIndex -= 1;
    }
    draw(`[data-remove-image="${Math.min(i, product.images.length - 1)}"]`);
    announce(`Image ${i + 1} dropped.`);
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const request = { product: productInput(product), script: scriptInput(script), ...renderOptions(job) };
    try {
      const created = await busy(submit, () => api.post('/api/v1/generate-video', request,
          { headers: { 'Idempotency-Key': idempotencyKey } }));
      location.hash = `#/jobs/${encodeURIComponent(created.id)}`;
    } catch (e) {
      showProblem(form, e);
    }
  });
  draw();
  return pictures;
}

function text(label, name, value, max, set) {
  const input = h('input', { type: 'text', name, maxlength: max });
  input.value = value ?? '';
  input.addEventListener('input', () => set(input.value));
  return field(label, input);
}

/** The product as the API takes it: the fields of a product input, the empty ones left out. */
function productInput(product) {
  return compact({ title: product.title, description: product.description, brand: product.brand,
    price: product.price, currency: product.currency, availability: product.availability, sku: product.sku,
    images: product.images, features: product.features, url: product.url });
}

function scriptInput(script) {
  return compact({ language: script.language, title: script.title, hook: script.hook,
    callToAction: script.callToAction,
    scenes: script.scenes.map(s => compact({ narration: s.narration, onScreenText: s.onScreenText,
      imageIndex: s.imageIndex, emphasis: s.emphasis })) });
}

/** The original job's render options, so the new video looks like the old one but for the edits. */
function renderOptions(job) {
  const o = job.request?.options ?? {};
  return compact({ durationSeconds: o.durationSeconds, language: o.language, tone: o.tone, format: o.format,
    captions: o.captions, musicUrl: o.musicUrl, voice: o.voice, narration: o.narration,
    captionStyle: o.captionStyle, brand: o.brand ? compact(o.brand) : null });
}

function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined
      && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0)));
}

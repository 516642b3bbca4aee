// The tenant's brand kit (GET/PUT/DELETE /api/v1/brand) with a live preview of a video frame in its colours, logo and
// font. The fonts are the media worker's own files, served by the gateway without a key (each font's `file` in
// GET /api/v1/brand/fonts) and loaded with the FontFace API (the script form of @font-face), so the preview draws
// with the glyphs the video will have. The saved kit's logo is fetched through the gateway (GET /api/v1/brand/logo)
// and drawn from a blob: URL: the console loads images from the gateway only, never from the logo's own server.

import { api } from '../api.js';
import { announce, h, notice, replace, screenTitle } from '../dom.js';
import { busy, clearErrors, field, formMessages, options, showProblem } from '../forms.js';
import { drawPreview, rgb } from '../brand-preview.js';

export function render(main) {
  const stop = new AbortController();
  main.append(screenTitle('Brand kit'), h('p', { role: 'status' }, 'Loading…'));
  Promise.all([
    api.get('/api/v1/brand/fonts', { signal: stop.signal }),
    api.get('/api/v1/brand', { signal: stop.signal }).catch(e => {
      if (e.status === 404) return {}; // no kit: the default look
      throw e;
    }),
  ]).then(([fonts, kit]) => editor(main, fonts, kit, stop.signal)).catch(e => {
    if (!stop.signal.aborted) replace(main, screenTitle('Brand kit'), notice('error', h('p', {}, e.message)));
  });
  return () => stop.abort();
}

function editor(main, fontList, kit, signal) {
  const logoUrl = h('input', { type: 'url', name: 'logoUrl', inputmode: 'url', value: kit.logoUrl ?? '',
    placeholder: 'https://cdn.shop.example/logo.png' });
  const font = h('select', { name: 'font' }, options([
    ['', `Default (${fontList.fonts.find(f => f.name === fontList.defaultFont)?.family ?? fontList.defaultFont})`],
    ...fontList.fonts.map(f => [f.name, `${f.family}: ${f.description}`])], kit.font ?? ''));
  const canvas = h('canvas', { width: 360, height: 640, class: 'brand-preview', role: 'img' });
  const note = h('p', { class: 'hint', id: 'preview-note' });
  const save = h('button', { type: 'submit', class: 'button primary' }, 'Save the kit');
  const remove = h('button', { type: 'button', class: 'button quiet' }, 'Delete the kit');
  const status = h('div', { role: 'status', class: 'save-status' });
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'kit-title' },
      h('h2', { id: 'kit-title' }, 'Your kit'),
      formMessages(),
      field('Logo URL', logoUrl, 'A PNG, JPEG or SVG image, shown on the opening and end cards and as a corner mark.'),
      colourField('Primary colour', 'primaryColor', kit.primaryColor, 'The cards and the price badge.'),
      colourField('Accent colour', 'accentColor', kit.accentColor, 'The brand name and the spoken word of captions.'),
      field('Font', font, 'Every text of the video.'),
      h('div', { class: 'actions' }, save, remove), status);
  replace(main, screenTitle('Brand kit'),
      h('p', { class: 'lead' }, 'How every video of your tenant looks. A video can still set its own fields.'),
      h('div', { class: 'brand-layout' }, form,
          h('section', { class: 'panel', 'aria-labelledby': 'preview-title' },
              h('h2', { id: 'preview-title' }, 'Preview'), canvas, note)));
  main.querySelector('h1').focus();

  const faces = new Map();
  let saved = kit; // the kit as the gateway holds it: its logo is the one the gateway fetches
  let logo = { url: null, image: null, problem: null };
  let pending = 0;

  /** The kit as the form holds it: empty fields left out (an unset field means the default). */
  function current() {
    const value = name => form.elements[name].value.trim();
    return Object.fromEntries(['logoUrl', 'primaryColor', 'accentColor', 'font']
        .map(name => [name, value(name)]).filter(([, v]) => v));
  }

  async function redraw() {
    const mine = ++pending;
    const shown = current();
    const fontName = shown.font || fontList.defaultFont;
    const [family, image] = await Promise.all([loadFont(fontName), loadLogo(shown.logoUrl)]);
    if (mine !== pending || signal.aborted) return; // a later change is being drawn
    drawPreview(canvas, { ...shown, primaryColor: valid(shown.primaryColor), accentColor: valid(shown.accentColor) },
        family, image);
    canvas.dataset.drawn = JSON.stringify(shown); // what the still shows now
    const fontLabel = fontList.fonts.find(f => f.name === fontName)?.family ?? fontName;
    canvas.setAttribute('aria-label', `A video frame with the opening card, price badge and a caption: cards in`
        + ` ${shown.primaryColor ?? 'translucent black'}, accents in ${shown.accentColor ?? 'the default yellow'},`
        + ` text in ${fontLabel}.`);
    note.textContent = shown.logoUrl && !image ? logoNote(shown.logoUrl)
      : 'The opening card, price badge and a caption, as the video draws them (they come one after another).';
  }

  function logoNote(url) {
    if (url !== saved.logoUrl) {
      return 'The logo is shown as a frame until the kit is saved: the console shows only images the gateway'
          + ' fetches, and it fetches the saved kit\'s logo.';
    }
    return `The logo is shown as a frame. ${logo.problem ?? 'It cannot be shown here.'}`;
  }

  async function loadFont(name) {
    const family = `reelforge-${name}`;
    if (!faces.has(name)) {
      const file = fontList.fonts.find(f => f.name === name)?.file ?? `/console/fonts/${encodeURIComponent(name)}.ttf`;
      const face = new FontFace(family, `url(${file})`);
      document.fonts.add(face);
      faces.set(name, face.load().catch(() => null));
    }
    return (await faces.get(name)) ? `"${family}"` : 'sans-serif'; // a CSS font-family value
  }

  /** The saved kit's logo as a decoded image; null for a URL typed but not saved yet, or one that fails. */
  function loadLogo(url) {
    if (!url || url !== saved.logoUrl) return null;
    if (logo.url === url) return logo.image;
    const mine = { url, image: null, problem: null };
    mine.image = api.blob('/api/v1/brand/logo', { signal }).then(blob => new Promise(resolve => {
      const image = new Image();
      const blobUrl = URL.createObjectURL(blob);
      const done = decoded => {
        URL.revokeObjectURL(blobUrl); // a decoded image draws without its URL
        if (!decoded) mine.problem = 'This browser cannot draw the picture; the video will show it.';
        resolve(decoded);
      };
      image.onload = () => done(image);
      image.onerror = () => done(null);
      image.src = blobUrl;
    }), e => {
      mine.problem = e.message; // the gateway's reason: the logo's server failed, or it is no picture
      return null;
    });
    logo = mine;
    return mine.image;
  }

  form.addEventListener('input', () => requestAnimationFrame(redraw));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      saved = await busy(save, () => api.put('/api/v1/brand', current()));
      clearErrors(form);
      redraw(); // the logo, now saved, can be fetched
      replace(status, notice('success', h('p', {}, 'Saved. New videos use this kit.')));
    } catch (e) {
      replace(status);
      showProblem(form, e);
    }
  });
  remove.addEventListener('click', async () => {
    try {
      await busy(remove, () => api.delete('/api/v1/brand'));
      saved = {};
      form.reset();
      for (const name of ['logoUrl', 'primaryColor', 'accentColor', 'font']) form.elements[name].value = '';
      clearErrors(form);
      replace(status, notice('success', h('p', {}, 'Deleted. New videos have the default look.')));
      announce('Brand kit deleted.');
      redraw();
    } catch (e) {
      showProblem(form, e);
    }
  });
  redraw();
}

/** A colour as text (#RRGGBB, what the API takes and errors name) beside a picker that fills it in. */
function colourField(label, name, value, hint) {
  const text = h('input', { type: 'text', name, value: value ?? '', placeholder: '#RRGGBB', maxlength: 7,
    autocomplete: 'off', spellcheck: 'false', class: 'colour-text' });
  const picker = h('input', { type: 'color', value: value ?? '#000000', 'aria-label': `${label}: pick`,
    tabindex: '0', class: 'colour-picker' });
  picker.addEventListener('input', () => {
    text.value = picker.value.toUpperCase();
    text.dispatchEvent(new Event('input', { bubbles: true }));
  });
  text.addEventListener('input', () => {
    if (rgb(text.value)) picker.value = text.value.toLowerCase();
  });
  const wrapper = field(label, text, `${hint} Empty for the default.`);
  text.after(picker);
  return wrapper;
}

function valid(colour) {
  return rgb(colour) ? colour : undefined;
}

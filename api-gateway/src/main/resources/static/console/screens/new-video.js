// A new video from a product page: POST /api/v1/videos, then the job's screen. The gateway validates; its errors are
// shown next to the fields they name, so the console repeats none of its rules.

import { api } from '../api.js';
import { h, screenTitle } from '../dom.js';
import { busy, field, formMessages, options, showProblem } from '../forms.js';
import { videoOptionFields, videoOptionValues } from './video-options.js';

export function render(main) {
  const url = h('input', { type: 'url', name: 'url', required: true, inputmode: 'url', autocomplete: 'url',
    placeholder: 'https://shop.example/products/…' });
  const voice = h('input', { type: 'text', name: 'voice', autocomplete: 'off', spellcheck: 'false' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Make the video');
  const form = h('form', { class: 'panel', novalidate: true },
      formMessages(),
      field('Product page URL', url, 'The page of one product in a store.'),
      h('div', { class: 'field-row' }, videoOptionFields()),
      h('div', { class: 'field-row' },
          field('Tone', h('input', { type: 'text', name: 'tone', list: 'tones', autocomplete: 'off' }),
              'A few words, e.g. energetic, premium, friendly.'),
          field('Voice', voice, 'Leave empty for the default voice of the language.')),
      h('datalist', { id: 'tones' }, options([['energetic', ''], ['premium', ''], ['friendly', ''], ['playful', ''],
        ['informative', '']])),
      h('div', { class: 'actions' }, submit));
  // One key per intended video: a double click or a resend after a lost answer makes one job, not two.
  let idempotencyKey = crypto.randomUUID();
  form.addEventListener('input', () => { idempotencyKey = crypto.randomUUID(); });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { url: url.value.trim(), ...videoOptionValues(form) };
    for (const name of ['tone', 'voice']) {
      const value = form.elements[name].value.trim();
      if (value) body[name] = value;
    }
    try {
      const job = await busy(submit, () => api.post('/api/v1/videos', body,
          { headers: { 'Idempotency-Key': idempotencyKey } }));
      location.hash = `#/jobs/${encodeURIComponent(job.id)}`;
    } catch (e) {
      showProblem(form, e);
    }
  });
  main.append(screenTitle('New video'),
      h('p', { class: 'lead' }, 'Paste a product page; Reelforge reads it, writes a script and renders a narrated'
          + ' video ad you can edit and render again.'),
      form);
}

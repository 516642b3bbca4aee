// The options every new video takes, for a single video and a batch alike: format, length and language.

import { h } from '../dom.js';
import { field, options } from '../forms.js';

const FORMATS = [
  ['9:16', '9:16 vertical (stories, shorts)'],
  ['1:1', '1:1 square (feeds)'],
  ['4:5', '4:5 portrait (feeds)'],
  ['16:9', '16:9 landscape (players)'],
];

export function videoOptionFields() {
  return [
    field('Format', h('select', { name: 'format' }, options(FORMATS, '9:16'))),
    field('Length in seconds', h('input', { type: 'number', name: 'durationSeconds', min: 5, max: 180, step: 1,
      value: 30, inputmode: 'numeric' }), '5 to 180.'),
    field('Language', h('input', { type: 'text', name: 'language', value: 'en', list: 'languages',
      autocomplete: 'off', spellcheck: 'false' }), 'A language tag: en, de, fr, es, en-GB…'),
    h('datalist', { id: 'languages' }, options([['en', 'English'], ['de', 'German'], ['fr', 'French'],
      ['es', 'Spanish']])),
  ];
}

/** The options as the API names them; a field left empty is left out, so the gateway's default applies. */
export function videoOptionValues(form) {
  const values = {};
  const format = form.elements.format.value;
  if (format) values.format = format;
  const seconds = form.elements.durationSeconds.value.trim();
  // sent as typed when it is no whole number, so the gateway's message names the field
  if (seconds) values.durationSeconds = /^\d+$/.test(seconds) ? Number(seconds) : seconds;
  const language = form.elements.language.value.trim();
  if (language) values.language = language;
  return values;
}

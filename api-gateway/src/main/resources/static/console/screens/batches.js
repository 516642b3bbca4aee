// Batches: a new one from an uploaded CSV or feed file (sent as the request body, its options as query parameters)
// or from a product feed's URL (JSON), and the tenant's batches, newest first.

import { ApiError, api, request, withQuery } from '../api.js';
import { h, notice, replace, screenTitle } from '../dom.js';
import { busy, choices, field, formMessages, showProblem } from '../forms.js';
import { dateTime } from '../format.js';
import { pager, table } from './lists.js';
import { videoOptionFields, videoOptionValues } from './video-options.js';

const PAGE_SIZE = 20;

export function render(main, route) {
  const stop = new AbortController();
  const page = Math.max(0, Number.parseInt(route.query.get('page') ?? '0', 10) || 0);
  const list = h('div', { 'aria-busy': 'true' }, h('p', {}, 'Loading…'));
  main.append(screenTitle('Batches'), newBatchForm(),
      h('section', { 'aria-labelledby': 'batches-title' }, h('h2', { id: 'batches-title' }, 'Your batches'), list));
  api.get(withQuery('/api/v1/batches', { page, size: PAGE_SIZE }), { signal: stop.signal }).then(result => {
    list.removeAttribute('aria-busy');
    replace(list, result.items.length
      ? [table('Batches', ['Created', 'Name', 'Status', 'Done', 'Succeeded', 'Failed'], result.items.map(b => [
          dateTime(b.createdAt),
          h('a', { href: `#/batches/${encodeURIComponent(b.id)}` }, b.name || `Batch ${b.id.slice(0, 8)}`),
          b.status,
          `${b.progress}% of ${b.total}`,
          String(b.counts.succeeded),
          String(b.counts.failed),
        ])), pager(result.page, result.totalPages, result.total, p => withQuery('#/batches', { page: p }))]
      : h('p', {}, 'No batches yet.'));
  }).catch(e => {
    if (!stop.signal.aborted) replace(list, notice('error', h('p', {}, e.message)));
  });
  return () => stop.abort();
}

function newBatchForm() {
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,.tsv,.txt,.xml,.rss,.atom,text/csv,application/xml' });
  const feedUrl = h('input', { type: 'url', name: 'feedUrl', inputmode: 'url', placeholder: 'https://shop.example/feed.xml' });
  const fromFile = h('input', { type: 'radio', name: 'source', value: 'file', checked: true, id: 'source-file' });
  const fromUrl = h('input', { type: 'radio', name: 'source', value: 'url', id: 'source-url' });
  const fileField = field('CSV or feed file', file, 'A CSV with a url column (or title, price and image columns), or'
      + ' a Google Merchant feed.');
  const urlField = field('Product feed URL', feedUrl, 'A Google Merchant feed (RSS or Atom) or a CSV file on the web.');
  const showSource = () => {
    fileField.hidden = !fromFile.checked;
    urlField.hidden = fromFile.checked;
  };
  fromFile.addEventListener('change', showSource);
  fromUrl.addEventListener('change', showSource);
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Start the batch');
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'new-batch-title' },
      h('h2', { id: 'new-batch-title' }, 'New batch'),
      formMessages(),
      choices('Products from', [
        h('label', { class: 'inline' }, fromFile, ' A file'),
        h('label', { class: 'inline' }, fromUrl, ' A feed URL')], 'source'),
      fileField, urlField,
      field('Name', h('input', { type: 'text', name: 'name', maxlength: 200, autocomplete: 'off' }),
          'Optional, to find it again.'),
      h('div', { class: 'field-row' }, videoOptionFields()),
      h('div', { class: 'actions' }, submit));
  showSource();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const name = form.elements.name.value.trim() || null;
    const defaults = videoOptionValues(form);
    try {
      const batch = await busy(submit, () => (fromFile.checked
        ? upload(file.files[0], name, defaults)
        : api.post('/api/v1/batches', { feedUrl: feedUrl.value.trim(), name, defaults })));
      location.hash = `#/batches/${encodeURIComponent(batch.id)}`;
    } catch (e) {
      // a batch's options are checked as "defaults.format" in JSON but as "format" in a query
      e.problem?.errors?.forEach(error => { error.field = error.field?.replace(/^defaults\./, ''); });
      showProblem(form, e);
    }
  });
  return form;
}

/** Sends a feed file as the body; the gateway tells CSV from XML by its first bytes, the type only has to be one of its. */
async function upload(file, name, defaults) {
  if (!file) {
    throw new ApiError(400, { errors: [{ field: 'file', message: 'Choose a CSV or feed file.' }] });
  }
  const xml = /\.(xml|rss|atom)$/i.test(file.name) || /xml/.test(file.type);
  const response = await request('POST', withQuery('/api/v1/batches', { ...defaults, name }),
      { body: file, contentType: xml ? 'application/xml' : 'text/csv' });
  return response.json();
}

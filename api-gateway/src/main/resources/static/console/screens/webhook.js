// The tenant's webhook: the default endpoint and its opt-in events (PUT /api/v1/webhook), the signing secret and
// its rotation, and the most recent deliveries across jobs, each of which can be sent again.

import { api, withQuery } from '../api.js';
import { announce, h, notice, replace, screenTitle } from '../dom.js';
import { busy, choices, field, formMessages, showProblem } from '../forms.js';
import { dateTime } from '../format.js';
import { table } from './lists.js';

export function render(main) {
  const stop = new AbortController();
  const settingsArea = h('div', {}, h('p', { role: 'status' }, 'Loading…'));
  const deliveriesArea = h('div');
  main.append(screenTitle('Webhook'),
      h('p', { class: 'lead' }, 'Where Reelforge tells your systems that a job finished (Standard Webhooks, signed'
          + ' with your secret). A job can name its own URL instead.'),
      settingsArea, deliveriesArea);

  api.get('/api/v1/webhook', { signal: stop.signal }).then(settings => {
    replace(settingsArea, settingsForm(settings), secretPanel(settings));
  }).catch(e => {
    if (!stop.signal.aborted) replace(settingsArea, notice('error', h('p', {}, e.message)));
  });

  async function loadDeliveries() {
    try {
      const result = await api.get(withQuery('/api/v1/webhook/deliveries', { limit: 20 }), { signal: stop.signal });
      replace(deliveriesArea, deliveriesPanel(result.items ?? [], loadDeliveries));
    } catch (e) {
      if (!stop.signal.aborted) replace(deliveriesArea, notice('error', h('p', {}, e.message)));
    }
  }
  loadDeliveries();
  return () => stop.abort();
}

function settingsForm(settings) {
  const url = h('input', { type: 'url', name: 'url', inputmode: 'url', value: settings.url ?? '',
    placeholder: 'https://hooks.shop.example/reelforge' });
  const progress = h('input', { type: 'checkbox', name: 'progress', checked: settings.events?.includes('job.progress') });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Save');
  const status = h('div', { role: 'status' });
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'endpoint-title' },
      h('h2', { id: 'endpoint-title' }, 'Endpoint'),
      formMessages(),
      field('Endpoint URL', url, 'Empty for none. job.succeeded, job.failed and job.canceled always go out.'),
      choices('Also send', [h('label', { class: 'inline' }, progress, ' job.progress, at most every few seconds')],
          'events'),
      h('div', { class: 'actions' }, submit), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await busy(submit, () => api.put('/api/v1/webhook', { url: url.value.trim() || null,
        events: progress.checked ? ['job.progress'] : [] }));
      replace(status, notice('success', h('p', {}, 'Saved.')));
    } catch (e) {
      replace(status);
      showProblem(form, e);
    }
  });
  return form;
}

/** The secret, hidden until asked for (it is a credential), and its rotation. */
function secretPanel(settings) {
  const secret = h('code', { class: 'secret', id: 'webhook-secret' });
  const overlap = h('p', { class: 'hint' });
  let shown = false;
  let current = settings;
  const reveal = h('button', { type: 'button', class: 'button small', 'aria-controls': 'webhook-secret',
    'aria-expanded': 'false' }, 'Show');
  const draw = () => {
    secret.textContent = shown ? current.secret : `${current.secret.slice(0, 6)}${'•'.repeat(12)}`;
    reveal.textContent = shown ? 'Hide' : 'Show';
    reveal.setAttribute('aria-expanded', String(shown));
    overlap.textContent = current.previousSecretExpiresAt
      ? `The previous secret also signs until ${dateTime(current.previousSecretExpiresAt)}.` : '';
  };
  reveal.addEventListener('click', () => { shown = !shown; draw(); });
  const rotate = h('button', { type: 'button', class: 'button' }, 'Rotate the secret');
  rotate.addEventListener('click', async () => {
    try {
      current = await busy(rotate, () => api.post('/api/v1/webhook/rotate-secret'));
      shown = true;
      draw();
      announce('A new secret was made. The old one keeps signing for a day.');
    } catch (e) {
      overlap.textContent = e.message;
    }
  });
  draw();
  return h('section', { class: 'panel', 'aria-labelledby': 'secret-title' },
      h('h2', { id: 'secret-title' }, 'Signing secret'),
      h('p', { class: 'secret-row' }, secret, reveal), overlap,
      h('div', { class: 'actions' }, rotate));
}

function deliveriesPanel(deliveries, reload) {
  return h('section', { class: 'panel', 'aria-labelledby': 'deliveries-title' },
      h('h2', { id: 'deliveries-title' }, 'Recent deliveries'),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button small', onclick: reload },
          'Refresh')),
      deliveries.length ? table('Recent deliveries', ['When', 'Event', 'About', 'Outcome', 'Attempts', ''],
          deliveries.map(d => {
            // a batch's delivery (batch.completed) names the batch where a job's names the job
            const batch = d.type.startsWith('batch.');
            return [
              dateTime(d.createdAt),
              d.type,
              h('a', { href: `#/${batch ? 'batches' : 'jobs'}/${encodeURIComponent(d.jobId)}` },
                  `${batch ? 'Batch' : 'Job'} ${d.jobId.slice(0, 8)}`),
              h('span', { class: `badge ${d.state}` }, d.state),
              attempts(d),
              batch ? '' : replayButton(d, reload),
            ];
          }))
        : h('p', {}, 'No deliveries yet.'));
}

/** Sends a job's delivery again now, with the same webhook-id, whatever became of it. */
function replayButton(delivery, reload) {
  const button = h('button', { type: 'button', class: 'button small',
    'aria-label': `Replay the ${delivery.type} of job ${delivery.jobId.slice(0, 8)}` }, 'Replay');
  button.addEventListener('click', async () => {
    try {
      await busy(button, () => api.post(`/api/v1/jobs/${encodeURIComponent(delivery.jobId)}/deliveries/`
          + `${encodeURIComponent(delivery.id)}/replay`));
      announce('Sent again.');
      reload();
    } catch (error) {
      button.after(notice('error', h('p', {}, error.message)));
    }
  });
  return button;
}

function attempts(delivery) {
  const last = delivery.attempts?.at(-1);
  if (!last) return '0';
  const answer = last.statusCode ? `HTTP ${last.statusCode}` : last.error ?? '';
  return `${delivery.attempts.length} (last: ${answer})`;
}

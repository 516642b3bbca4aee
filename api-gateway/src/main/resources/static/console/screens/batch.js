// One batch, watched by polling (a batch has no event stream): its counts per state, progress and ETA, its failures
// grouped by error code with the failed items' jobs, retry of the failed items, cancel, and every video as one zip.

import { api, withQuery } from '../api.js';
import { announce, h, notice, replace, saveBlob, screenTitle } from '../dom.js';
import { busy } from '../forms.js';
import { dateTime, duration, shortUrl } from '../format.js';
import { table } from './lists.js';

const POLL_MS = 2000;
const ITEMS_SHOWN = 100;
const STATES = ['pending', 'running', 'succeeded', 'failed', 'canceled', 'skipped'];
const STATE_WORDS = { pending: 'Waiting', running: 'Running', succeeded: 'Succeeded', failed: 'Failed',
  canceled: 'Canceled', skipped: 'Skipped' };

export function render(main, route) {
  const id = route.params[0];
  const path = `/api/v1/batches/${encodeURIComponent(id)}`;
  const stop = new AbortController();
  const title = screenTitle('Batch');
  const el = {
    meta: h('p', { class: 'job-meta' }),
    status: h('p', { class: 'status-line', role: 'status' }),
    progress: h('progress', { max: 100, value: 0, 'aria-labelledby': 'batch-progress-label' }),
    progressLabel: h('span', { id: 'batch-progress-label', class: 'progress-label' }),
    counts: h('div'),
    actions: h('div', { class: 'actions' }),
    message: h('div'),
    failures: h('div'),
    items: h('div'),
  };
  main.append(title, el.meta,
      h('section', { class: 'panel', 'aria-label': 'Progress' }, el.status,
          h('div', { class: 'progress-row' }, el.progressLabel, el.progress), el.counts),
      el.actions, el.message, el.failures, el.items);

  let timer = null;
  let lastCounts = null;
  let spoken = null;

  async function refresh() {
    clearTimeout(timer);
    try {
      const batch = await api.get(path, { signal: stop.signal });
      draw(batch);
      const counts = JSON.stringify(batch.counts);
      if (counts !== lastCounts) { // the items changed state: read them again
        lastCounts = counts;
        await Promise.all([drawFailures(batch), drawItems()]);
      }
      if (batch.status === 'open') timer = setTimeout(refresh, POLL_MS);
    } catch (e) {
      if (stop.signal.aborted) return;
      if (e.status === 404) {
        replace(main, screenTitle('Batch not found'), notice('error', h('p', {}, 'There is no such batch for your key.')));
        main.querySelector('h1').focus();
        return;
      }
      replace(el.message, notice('error', h('p', {}, e.message)));
      timer = setTimeout(refresh, POLL_MS * 2);
    }
  }

  function draw(batch) {
    title.textContent = `Batch: ${batch.name || batch.id.slice(0, 8)}`;
    replace(el.meta, `Created ${dateTime(batch.createdAt)} · ${batch.total} items`,
        batch.duplicates ? ` (${batch.duplicates} sharing another item's job)` : '',
        batch.finishedAt ? ` · finished ${dateTime(batch.finishedAt)}` : '');
    el.progress.value = batch.progress;
    const eta = batch.status === 'open' && batch.etaSeconds !== null && batch.etaSeconds !== undefined
      ? ` · ${duration(batch.etaSeconds)} left` : '';
    el.progressLabel.textContent = `${batch.progress}% done${eta}`;
    const said = `${statusWords(batch.status)}: ${batch.counts.succeeded} succeeded, ${batch.counts.failed} failed,`
      + ` ${batch.counts.pending + batch.counts.running} to go.`;
    if (said !== spoken) {
      el.status.textContent = said;
      spoken = said;
    }
    el.status.dataset.status = batch.status;
    replace(el.counts, h('dl', { class: 'counts' }, STATES.map(state => h('div', { dataset: { state } },
        h('dt', {}, STATE_WORDS[state]), h('dd', {}, String(batch.counts[state]))))));
    drawActions(batch);
  }

  function drawActions(batch) {
    const buttons = [];
    if (batch.counts.succeeded > 0) {
      buttons.push(h('button', { type: 'button', class: 'button primary', onclick: e => busy(e.currentTarget,
        () => downloadZip(batch)) }, 'Download all videos (.zip)'));
    }
    if (batch.counts.failed > 0 && batch.status !== 'canceled') {
      buttons.push(h('button', { type: 'button', class: 'button', onclick: e => act(e.currentTarget,
        () => api.post(`${path}/retry`), 'Retrying the failed items.') }, `Retry ${batch.counts.failed} failed`));
    }
    if (batch.status === 'open') {
      buttons.push(h('button', { type: 'button', class: 'button quiet', onclick: e => act(e.currentTarget,
        () => api.delete(path), 'Batch canceled.') }, 'Cancel the batch'));
    }
    replace(el.actions, buttons);
  }

  async function act(button, call, message) {
    try {
      await busy(button, call);
      announce(message);
      lastCounts = null;
      await refresh();
    } catch (e) {
      replace(el.message, notice('error', h('p', {}, e.message)));
    }
  }

  async function downloadZip(batch) {
    try {
      const zip = await api.blob(`${path}/videos.zip`, { signal: stop.signal });
      saveBlob(zip, `reelforge-batch-${batch.id}.zip`);
    } catch (e) {
      replace(el.message, notice('error', h('p', {}, e.message)));
    }
  }

  /** The failed items grouped by error code, each linked to its job, where the message and stage are. */
  async function drawFailures(batch) {
    if (!batch.counts.failed) {
      replace(el.failures);
      return;
    }
    const page = await api.get(withQuery(`${path}/items`, { state: 'failed', size: 100 }), { signal: stop.signal });
    const byCode = new Map();
    for (const item of page.items) {
      const code = item.errorCode ?? 'unknown';
      if (!byCode.has(code)) byCode.set(code, []);
      byCode.get(code).push(item);
    }
    replace(el.failures, h('section', { class: 'panel', 'aria-labelledby': 'failures-title' },
        h('h2', { id: 'failures-title' }, 'Failures'),
        [...byCode.entries()].map(([code, items]) => h('div', { class: 'failure-group', dataset: { code } },
            h('h3', {}, h('code', {}, code), ` · ${batch.failures?.[code] ?? items.length}`),
            table(`Items failed with ${code}`, ['Item', 'Product', 'Job'], items.map(item => [
              String(item.index + 1),
              itemName(item),
              item.jobId ? h('a', { href: `#/jobs/${encodeURIComponent(item.jobId)}` }, 'Why it failed') : '',
            ])))),
        page.total > page.items.length ? h('p', { class: 'hint' }, `The first ${page.items.length} of ${page.total}.`)
          : null));
  }

  /** The items in batch order, each with its state and, once released, its job: where its video is. */
  async function drawItems() {
    const page = await api.get(withQuery(`${path}/items`, { size: ITEMS_SHOWN }), { signal: stop.signal });
    replace(el.items, h('section', { 'aria-labelledby': 'items-title' },
        h('h2', { id: 'items-title' }, 'Items'),
        table('Items', ['Item', 'Product', 'State', 'Job'], page.items.map(item => [
          String(item.index + 1),
          itemName(item),
          h('span', { class: `badge ${badgeState(item.state)}` }, STATE_WORDS[item.state] ?? item.state),
          item.jobId ? h('a', { href: `#/jobs/${encodeURIComponent(item.jobId)}` }, 'Open') : item.reason ?? '',
        ])),
        page.total > page.items.length ? h('p', { class: 'hint' }, `The first ${page.items.length} of ${page.total}.`)
          : null));
  }

  refresh();
  return () => {
    stop.abort();
    clearTimeout(timer);
  };
}

function itemName(item) {
  return item.title ?? (item.url ? shortUrl(item.url) : item.sourceId ?? '');
}

/** An item's state as a job status badge shows it. */
function badgeState(state) {
  return { running: 'rendering', pending: 'queued' }[state] ?? state;
}

function statusWords(status) {
  return { open: 'Running', completed: 'Finished', canceled: 'Canceled' }[status] ?? status;
}

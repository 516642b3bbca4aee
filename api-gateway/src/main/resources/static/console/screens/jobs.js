// The tenant's jobs, newest first, filtered by state, a page at a time. The filter and page live in the hash
// (#/jobs?state=failed&page=2), so the browser's back button and a reload keep them.

import { api, withQuery } from '../api.js';
import { h, notice, replace, screenTitle } from '../dom.js';
import { options } from '../forms.js';
import { dateTime, jobSubject, status as statusName } from '../format.js';
import { pager, statusBadge, table } from './lists.js';

const STATES = ['queued', 'scraping', 'scripting', 'rendering', 'succeeded', 'failed', 'canceled'];
const PAGE_SIZE = 20;

export function render(main, route) {
  const stop = new AbortController();
  const state = STATES.includes(route.query.get('state')) ? route.query.get('state') : '';
  const page = Math.max(0, Number.parseInt(route.query.get('page') ?? '0', 10) || 0);
  const filter = h('select', { name: 'state', id: 'state-filter' },
      options([['', 'Every state'], ...STATES.map(s => [s, statusName(s)])], state));
  filter.addEventListener('change', () => { location.hash = withQuery('#/jobs', { state: filter.value }); });
  const list = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' }, h('p', {}, 'Loading…'));
  main.append(screenTitle('Jobs'),
      h('div', { class: 'toolbar' }, h('label', { for: 'state-filter' }, 'Show'), filter,
          h('a', { class: 'button primary', href: '#/new' }, 'New video')),
      list);

  api.get(withQuery('/api/v1/jobs', { state, page, size: PAGE_SIZE }), { signal: stop.signal }).then(result => {
    list.removeAttribute('aria-busy');
    if (!result.items.length) {
      replace(list, h('p', {}, state ? `No ${statusName(state).toLowerCase()} jobs.` : 'No jobs yet.'));
      return;
    }
    replace(list,
        table('Jobs', ['Created', 'What', 'Kind', 'Status', 'Progress'], result.items.map(job => [
          dateTime(job.createdAt),
          h('a', { href: `#/jobs/${encodeURIComponent(job.id)}` }, jobSubject(job)),
          job.kind,
          statusBadge(job.status),
          `${job.progress}%`,
        ])),
        pager(result.page, result.totalPages, result.total, p => withQuery('#/jobs', { state, page: p })));
  }).catch(e => {
    if (!stop.signal.aborted) replace(list, notice('error', h('p', {}, e.message)));
  });
  return () => stop.abort();
}

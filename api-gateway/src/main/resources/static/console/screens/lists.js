// What the list screens share: a table that scrolls sideways on a phone, a status badge, and page links.

import { h } from '../dom.js';
import { status as statusName } from '../format.js';

/**
 * A table with a caption; rows are arrays of cells (text or nodes). Wrapped in a region that can be scrolled with
 * the keyboard (it takes focus), since a wide table scrolls sideways on a narrow screen.
 */
export function table(caption, headings, rows) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
      h('table', {},
          h('caption', { class: 'visually-hidden' }, caption),
          h('thead', {}, h('tr', {}, headings.map(text => h('th', { scope: 'col' }, text)))),
          h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell)))))));
}

export function statusBadge(value) {
  return h('span', { class: `badge ${value}` }, statusName(value));
}

/** Previous and next links with "page x of y"; none when everything fits on one page. */
export function pager(page, totalPages, total, href) {
  if (totalPages <= 1) return h('p', { class: 'hint' }, `${total} in all.`);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
      page > 0 ? h('a', { href: href(page - 1), rel: 'prev' }, 'Previous page') : null,
      h('span', {}, `Page ${page + 1} of ${totalPages} · ${total} in all`),
      page + 1 < totalPages ? h('a', { href: href(page + 1), rel: 'next' }, 'Next page') : null);
}

// Building the page from data. Everything a store or a user wrote (titles, scripts, error messages) goes in as text
// nodes, never as HTML: no innerHTML anywhere, so a product title cannot inject markup into the console.

/**
 * Creates an element. props: `class`, `text`, `on<event>` handlers, `dataset`, boolean attributes as true/false,
 * anything else as an attribute. Children: nodes, strings (as text), null/false (skipped) or arrays of those.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'text') el.textContent = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let ids = 0;
/** A page-unique id, to tie labels, hints and errors to their inputs. */
export function uid(prefix = 'f') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Says something to screen readers through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  // cleared first, so the same message twice is read twice
  region.textContent = '';
  requestAnimationFrame(() => { region.textContent = message; });
}

/** A heading that takes focus when a screen opens, so screen readers start reading at the new screen's title. */
export function screenTitle(text) {
  document.title = `${text} · Reelforge console`;
  return h('h1', { tabindex: '-1', class: 'screen-title' }, text);
}

/** A paragraph for a message that must be noticed at once (role alert), or politely (role status). */
export function notice(kind, ...children) {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/** Saves bytes under a file name through a temporary link: downloads need the key, so no plain link can serve them. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the URL by now; keep it a moment for slow browsers, then free the memory
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Product images, which live on the store's servers. Loaded without a referrer; when one cannot be shown (the store
// is down, or a Content-Security-Policy that allows only this gateway's images), a numbered stand-in keeps the
// place, so scenes and images can still be matched by number.

import { h } from './dom.js';
import { host } from './format.js';

/** A product image as a thumbnail, labelled by its number (1-based, as people count). */
export function productImage(url, index, size = 'thumb') {
  const label = `Product image ${index + 1}`;
  const img = h('img', { src: url, alt: label, class: `product-image ${size}`, loading: 'lazy',
    referrerpolicy: 'no-referrer', decoding: 'async' });
  img.addEventListener('error', () => img.replaceWith(standIn(url, index, size)), { once: true });
  return img;
}

function standIn(url, index, size) {
  return h('span', { class: `product-image stand-in ${size}`, role: 'img',
    'aria-label': `Product image ${index + 1} from ${host(url)}, not shown here`, title: url },
  h('span', { 'aria-hidden': 'true' }, String(index + 1)));
}

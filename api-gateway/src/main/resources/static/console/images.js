// Product images, fetched through the gateway (GET /api/v1/jobs/{id}/images/{index}) with the key and shown from
// blob: URLs: the console's Content-Security-Policy lets it load images from the gateway only, so no viewer's browser
// reaches the store's servers. When one cannot be shown (the store is down or refuses, the gateway's fetch policy
// refuses its address, it is no picture), a numbered stand-in keeps its place, so scenes and images can still be
// matched by number.

import { api } from './api.js';
import { h } from './dom.js';
import { host } from './format.js';

/**
 * A job's product images for one screen, each fetched once however often the screen is drawn again. `urls` are the
 * job's image URLs as the gateway numbers them (the job's product). `close()` frees the blob URLs; `signal` stops
 * fetches in flight when the screen closes.
 */
export function jobImages(jobId, urls, signal) {
  const loaded = new Map(); // index -> a blob: URL, or null when the image cannot be fetched
  const load = index => {
    if (!loaded.has(index)) {
      loaded.set(index, api.blob(`/api/v1/jobs/${encodeURIComponent(jobId)}/images/${index}`, { signal })
          .then(blob => URL.createObjectURL(blob), () => null));
    }
    return loaded.get(index);
  };
  return {
    /**
     * Image `index` of the job as a thumbnail, labelled as image `number` (0-based, shown as people count: the
     * script editor's numbering after images are dropped).
     */
    image(index, { number = index, size = 'thumb' } = {}) {
      const img = h('img', { alt: `Product image ${number + 1}`, class: `product-image ${size}`, decoding: 'async' });
      const fallback = () => img.replaceWith(standIn(urls[index], number, size));
      img.addEventListener('error', fallback, { once: true }); // bytes the browser cannot decode
      load(index).then(url => {
        if (url) img.src = url;
        else fallback();
      });
      return img;
    },
    async close() {
      for (const url of await Promise.all(loaded.values())) {
        if (url) URL.revokeObjectURL(url);
      }
    },
  };
}

function standIn(url, number, size) {
  return h('span', { class: `product-image stand-in ${size}`, role: 'img',
    'aria-label': `Product image ${number + 1} from ${host(url)}, not shown here`, title: url },
  h('span', { 'aria-hidden': 'true' }, String(number + 1)));
}

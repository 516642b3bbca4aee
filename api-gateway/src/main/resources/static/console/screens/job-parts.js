// The pieces of a job's screen, each drawn from the job as the API gives it: its stages, the scraped product, the
// script, the failure, and the finished files.

import { h } from '../dom.js';
import { bytes, price, stage as stageName, stageDoing } from '../format.js';

const FINAL = new Set(['succeeded', 'failed', 'canceled']);

/** The stages a job goes through, by its kind and what it was given. */
export function plannedStages(job) {
  switch (job.kind) {
    case 'video': return ['scraping', 'scripting', 'rendering'];
    case 'scrape': return ['scraping'];
    case 'script': return ['scripting'];
    case 'render': return job.request?.script ? ['rendering'] : ['scripting', 'rendering'];
    default: return [];
  }
}

/**
 * Each planned stage's state from the job's live state ({status, stage} as events give them) and its error:
 * done, working, waiting (for a worker), failed, canceled or to do.
 */
export function stageStates(planned, live, error) {
  const current = live.stage ?? (live.status === 'failed' ? error?.failedStage : null);
  const at = current ? planned.indexOf(current) : -1;
  return planned.map((stage, i) => {
    if (live.status === 'succeeded') return 'done';
    if (live.status === 'failed') {
      if (stage === error?.failedStage) return 'failed';
      return i < planned.indexOf(error?.failedStage) ? 'done' : 'todo';
    }
    if (at < 0) return 'todo';
    if (i < at) return 'done';
    if (i > at) return 'todo';
    if (live.status === 'canceled') return 'canceled';
    return live.status === 'queued' ? 'waiting' : 'working';
  });
}

const STATE_WORDS = { done: 'done', working: 'in progress', waiting: 'waiting for a worker', failed: 'failed',
  canceled: 'canceled', todo: 'to do' };

export function stageList(planned, states) {
  return h('ol', { class: 'stages' }, planned.map((stage, i) => h('li', { class: `stage ${states[i]}`,
    dataset: { stage, state: states[i] } },
  h('span', { class: 'stage-mark', 'aria-hidden': 'true' }),
  h('span', { class: 'stage-name' }, stageName(stage)),
  h('span', { class: 'stage-state' }, STATE_WORDS[states[i]]))));
}

export function isFinal(status) {
  return FINAL.has(status);
}

/** Why the job failed, as the job says it: message, code, stage and attempt. Never more (no traces reach the API). */
export function failure(error) {
  return h('section', { class: 'notice error job-error', role: 'alert', 'aria-labelledby': 'job-error-title' },
      h('h2', { id: 'job-error-title' }, `Failed while ${stageDoing(error.failedStage)}`),
      h('p', { class: 'error-message' }, error.message),
      h('dl', { class: 'facts' },
          h('dt', {}, 'Code'), h('dd', {}, h('code', { class: 'error-code' }, error.code)),
          h('dt', {}, 'Stage'), h('dd', { class: 'error-stage' }, error.failedStage),
          h('dt', {}, 'Attempts'), h('dd', {}, String(error.attempts))));
}

/** The product as scraped; `pictures` draws its images (images.js `jobImages`). */
export function productSection(product, pictures) {
  const shownPrice = price(product.price, product.currency);
  return h('section', { class: 'panel product', 'aria-labelledby': 'product-title' },
      h('h2', { id: 'product-title' }, 'Product'),
      h('p', { class: 'product-name' }, product.title),
      h('dl', { class: 'facts' },
          product.brand ? [h('dt', {}, 'Brand'), h('dd', {}, product.brand)] : null,
          shownPrice ? [h('dt', {}, 'Price'), h('dd', { class: 'product-price' }, shownPrice)] : null,
          product.availability ? [h('dt', {}, 'Availability'), h('dd', {}, product.availability)] : null),
      product.images?.length
        ? h('ul', { class: 'gallery', 'aria-label': 'Product images' },
            product.images.map((url, i) => h('li', {}, pictures.image(i))))
        : h('p', {}, 'No images.'),
      product.description ? h('details', {}, h('summary', {}, 'Description'), h('p', {}, product.description)) : null);
}

export function scriptSection(script, product, pictures, editLink) {
  return h('section', { class: 'panel script', 'aria-labelledby': 'script-title' },
      h('h2', { id: 'script-title' }, 'Script'),
      h('p', { class: 'script-title' }, script.title, h('span', { class: 'hint' }, ` (${script.language})`)),
      script.hook ? h('p', { class: 'hook' }, script.hook) : null,
      h('ol', { class: 'scenes' }, script.scenes.map(scene => h('li', { class: 'scene' },
          product?.images?.[scene.imageIndex] ? pictures.image(scene.imageIndex) : null,
          h('div', {},
              h('p', { class: 'narration' }, scene.narration),
              scene.onScreenText ? h('p', { class: 'hint' }, `On screen: ${scene.onScreenText}`) : null)))),
      script.callToAction ? h('p', { class: 'call-to-action' }, script.callToAction) : null,
      editLink);
}

/** The files a finished render wrote, as download buttons; `save(artifact)` fetches one with the key. */
export function downloads(artifacts, save) {
  const labels = { 'video.mp4': 'Download MP4', 'captions.vtt': 'Captions (WebVTT)',
    'captions.srt': 'Captions (SRT)', 'thumbnail.jpg': 'Thumbnail (JPEG)' };
  return h('ul', { class: 'downloads' }, artifacts.map(artifact => h('li', {},
      h('button', { type: 'button', class: 'button', dataset: { artifact: artifact.name },
        onclick: event => save(artifact, event.currentTarget) },
      labels[artifact.name] ?? artifact.name, h('span', { class: 'hint' }, ` ${bytes(artifact.size)}`)))));
}

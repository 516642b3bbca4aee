// One job, live: its stages and progress from the event stream, the product once scraped, the script once written,
// and the finished video played from a blob URL (the artifact needs the key, which a <video src> cannot send).

import { api } from '../api.js';
import { announce, h, notice, replace, saveBlob, screenTitle } from '../dom.js';
import { busy } from '../forms.js';
import { followJob } from '../events.js';
import { dateTime, jobSubject, shortId, status as statusName } from '../format.js';
import { jobImages } from '../images.js';
import { downloads, failure, isFinal, plannedStages, productSection, scriptSection, stageList, stageStates }
  from './job-parts.js';

export function render(main, route) {
  const id = route.params[0];
  const stop = new AbortController();
  const blobs = new Map(); // artifact name -> {blob, url}, freed when the screen closes
  const el = {
    title: screenTitle('Job'),
    meta: h('p', { class: 'job-meta' }),
    status: h('p', { class: 'status-line', role: 'status' }),
    progress: h('progress', { max: 100, value: 0, 'aria-labelledby': 'progress-label' }),
    progressLabel: h('span', { id: 'progress-label', class: 'progress-label' }, 'Progress'),
    stages: h('div'),
    problem: h('div'),
    actions: h('div', { class: 'actions' }),
    result: h('div'),
    product: h('div'),
    script: h('div'),
  };
  main.append(el.title, el.meta,
      h('section', { class: 'panel progress-panel', 'aria-label': 'Progress' },
          el.status, h('div', { class: 'progress-row' }, el.progressLabel, el.progress), el.stages),
      el.problem, el.actions,
      // on a wide screen the video stands beside the product and script; the column is empty until it exists
      h('div', { class: 'job-layout' }, el.result, h('div', { class: 'job-details' }, el.product, el.script)));

  let job = null;
  let live = null;
  let pictures = null; // the product's images, fetched once for the screen; again only if the product changes
  let spoken = { status: null, progress: -100 };
  let loading = 0;

  /** Reads the whole job again: a new stage may have results to show (the product, the script, the files). */
  async function reload() {
    const mine = ++loading;
    const fresh = await api.get(`/api/v1/jobs/${encodeURIComponent(id)}`, { signal: stop.signal });
    if (mine !== loading || stop.signal.aborted) return; // a later reload has won
    job = fresh;
    live = { status: job.status, stage: job.stage ?? (isFinal(job.status) ? job.history.at(-1)?.stage : null),
      progress: job.progress, progressDetail: job.progressDetail };
    drawJob();
    drawLive();
  }

  function drawJob() {
    el.title.textContent = `${kindName(job.kind)}: ${jobSubject(job)}`;
    document.title = `${el.title.textContent} · Reelforge console`;
    replace(el.meta, `Job ${shortId(job.id)} · created ${dateTime(job.createdAt)}`,
        job.attempt > 1 ? ` · attempt ${job.attempt}` : '',
        job.request?.batchId ? [' · ', h('a', { href: `#/batches/${job.request.batchId}` }, 'its batch')] : '');
    const product = job.results?.product ?? job.request?.product;
    const script = job.results?.script ?? job.request?.script;
    const editable = product?.images?.length && script;
    replace(el.product, product ? productSection(product, picturesOf(product)) : null);
    replace(el.script, script ? scriptSection(script, product, product ? picturesOf(product) : null, editable
      ? h('p', {}, h('a', { class: 'button', href: `#/jobs/${encodeURIComponent(job.id)}/edit` },
          'Edit the script and render again'))
      : null) : null);
    replace(el.problem, job.error ? failure(job.error) : null,
        job.status === 'canceled' ? notice('info', h('p', {}, 'This job was canceled.')) : null,
        job.results?.warnings?.length ? notice('info', h('ul', {}, job.results.warnings.map(w =>
          h('li', {}, w.message)))) : null);
    drawActions();
    if (job.status === 'succeeded') showResult();
  }

  function picturesOf(product) {
    const urls = product.images ?? [];
    if (pictures?.urls.join('\n') !== urls.join('\n')) {
      pictures?.close();
      pictures = { urls, ...jobImages(id, urls, stop.signal) };
    }
    return pictures;
  }

  function drawLive() {
    replace(el.stages, stageList(plannedStages(job), stageStates(plannedStages(job), live, job.error)));
    el.progress.value = live.progress;
    el.progressLabel.textContent = `${live.progress}%${live.progressDetail ? ` · ${live.progressDetail}` : ''}`;
    // the live region speaks on a new status, or every 10 points: not on every frame the renderer reports
    if (spoken.status !== live.status || live.progress - spoken.progress >= 10 || isFinal(live.status)) {
      el.status.textContent = `${statusName(live.status)}${isFinal(live.status) ? '' : ` · ${live.progress}%`}`;
      spoken = { status: live.status, progress: live.progress };
    }
    el.status.dataset.status = live.status;
  }

  function drawActions() {
    const buttons = [];
    if (!isFinal(job.status)) {
      buttons.push(h('button', { type: 'button', class: 'button', onclick: e => act(e.currentTarget,
        () => api.delete(`/api/v1/jobs/${encodeURIComponent(id)}`), 'Job canceled.') }, 'Cancel job'));
    }
    if (job.status === 'failed' || job.status === 'canceled') {
      buttons.push(h('button', { type: 'button', class: 'button primary', onclick: e => act(e.currentTarget,
        () => api.post(`/api/v1/jobs/${encodeURIComponent(id)}/retry`), 'Retrying from the stage it stopped in.') },
      'Retry'));
    }
    replace(el.actions, buttons);
  }

  async function act(button, call, message) {
    try {
      await busy(button, call);
      announce(message);
      await reload();
      if (!isFinal(job.status)) follow();
    } catch (e) {
      replace(el.problem, notice('error', h('p', {}, e.message)));
    }
  }

  async function showResult() {
    const artifacts = job.results.artifacts ?? [];
    const video = artifacts.find(a => a.name === 'video.mp4');
    if (!video || el.result.dataset.shown === job.id + job.attempt) return;
    el.result.dataset.shown = job.id + job.attempt;
    const player = h('video', { controls: true, playsinline: true, preload: 'auto', class: 'player',
      'aria-label': 'The finished video' });
    replace(el.result, h('section', { class: 'panel result', 'aria-labelledby': 'result-title' },
        h('h2', { id: 'result-title' }, 'Video'), player,
        downloads(artifacts, (artifact, button) => busy(button, () => save(artifact)))));
    const vtt = artifacts.find(a => a.name === 'captions.vtt');
    const thumbnail = artifacts.find(a => a.name === 'thumbnail.jpg');
    try {
      if (thumbnail) player.poster = (await fetchArtifact(thumbnail)).url;
      if (vtt) {
        // off at first: most videos have their captions burned into the picture already
        player.append(h('track', { kind: 'captions', label: 'Captions',
          srclang: job.results?.script?.language ?? job.request?.options?.language ?? 'en',
          src: (await fetchArtifact(vtt)).url }));
      }
      player.src = (await fetchArtifact(video)).url;
    } catch (e) {
      if (!stop.signal.aborted) el.result.append(notice('error', h('p', {}, `The video cannot be loaded: ${e.message}`)));
    }
  }

  async function fetchArtifact(artifact) {
    if (!blobs.has(artifact.name)) {
      const blob = await api.blob(artifact.url, { signal: stop.signal });
      blobs.set(artifact.name, { blob, url: URL.createObjectURL(blob) });
    }
    return blobs.get(artifact.name);
  }

  async function save(artifact) {
    const { blob } = await fetchArtifact(artifact);
    saveBlob(blob, `reelforge-${job.id}-${artifact.name}`);
  }

  let following = false;
  async function follow() {
    if (following) return;
    following = true;
    try {
      await followJob(id, ({ data }) => {
        const moved = data.status !== live.status || data.stage !== live.stage;
        live = { status: data.status, stage: data.stage ?? live.stage, progress: data.progress,
          progressDetail: data.progressDetail };
        drawLive();
        if (moved) reload().catch(() => {}); // results of the stage just ended, read while the next one runs
      }, stop.signal);
      if (!stop.signal.aborted) await reload();
    } catch (e) {
      if (!stop.signal.aborted) replace(el.problem, notice('error', h('p', {}, e.message)));
    } finally {
      following = false;
    }
  }

  reload().then(() => {
    if (!isFinal(job.status)) follow();
  }).catch(e => {
    if (stop.signal.aborted) return;
    replace(main, screenTitle('Job not found'), notice('error', h('p', {}, e.status === 404
      ? 'There is no such job for your key. Jobs of other tenants are not shown, and old jobs expire.'
      : e.message)), h('p', {}, h('a', { href: '#/jobs' }, 'All jobs')));
    main.querySelector('h1').focus();
  });

  return () => {
    stop.abort();
    for (const { url } of blobs.values()) URL.revokeObjectURL(url);
    pictures?.close();
  };
}

function kindName(kind) {
  return { video: 'Video', render: 'Render', script: 'Script', scrape: 'Scrape' }[kind] ?? 'Job';
}

// The console's shell: hash routes to screens, the sign-in gate, and the header. Each screen is a module whose
// render(main, route) draws it and returns a function that stops whatever it left running (an event stream, a
// poll, blob URLs), called before the next screen is drawn.

import { h, replace } from './dom.js';
import { apiKey, me, signOut } from './session.js';
import * as signIn from './screens/sign-in.js';
import * as newVideo from './screens/new-video.js';
import * as jobView from './screens/job.js';
import * as scriptEditor from './screens/script-editor.js';
import * as jobList from './screens/jobs.js';
import * as batchList from './screens/batches.js';
import * as batchView from './screens/batch.js';
import * as brandKit from './screens/brand.js';
import * as webhook from './screens/webhook.js';

/** [pattern, screen, nav entry it belongs to]; the first match wins. */
const ROUTES = [
  [/^sign-in$/, signIn, null],
  [/^new$/, newVideo, 'new'],
  [/^jobs$/, jobList, 'jobs'],
  [/^jobs\/([^/]+)$/, jobView, 'jobs'],
  [/^jobs\/([^/]+)\/edit$/, scriptEditor, 'jobs'],
  [/^batches$/, batchList, 'batches'],
  [/^batches\/([^/]+)$/, batchView, 'batches'],
  [/^brand$/, brandKit, 'brand'],
  [/^webhook$/, webhook, 'webhook'],
];

const main = document.getElementById('main');
let stopScreen = () => {};

/** The current route from the hash: "#/jobs/abc?state=failed" is {path: "jobs/abc", params, query}. */
function currentRoute() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(2) : 'new';
  const [path, queryText = ''] = hash.split('?');
  return { path: decodeURIComponent(path) || 'new', query: new URLSearchParams(queryText) };
}

function show() {
  const route = currentRoute();
  const [pattern, screen, section] = ROUTES.find(([p]) => p.test(route.path)) ?? [null, null, null];
  if (!screen) {
    location.replace('#/new');
    return;
  }
  if (!apiKey() && screen !== signIn) {
    const next = location.hash.slice(1);
    location.replace(`#/sign-in?next=${encodeURIComponent(next)}`);
    return;
  }
  route.params = route.path.match(pattern).slice(1);
  stopScreen();
  updateHeader(section);
  replace(main);
  stopScreen = screen.render(main, route) ?? (() => {});
  main.querySelector('h1')?.focus();
}

function updateHeader(section) {
  const signedIn = Boolean(apiKey());
  document.getElementById('main-nav').hidden = !signedIn;
  document.getElementById('account').hidden = !signedIn;
  const who = me();
  replace(document.getElementById('account-name'), who
      ? h('span', {}, h('span', { class: 'visually-hidden' }, 'Signed in as '), `${who.keyName ?? who.keyId} · `,
          h('strong', {}, who.tenant))
      : '');
  for (const link of document.querySelectorAll('#main-nav a')) {
    if (link.dataset.route === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  location.hash = '#/sign-in';
});

// The skip link moves focus without touching the hash, which holds the route.
document.getElementById('skip-link').addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', show);
// Signed out elsewhere (a 401 from a revoked key): back to the sign-in screen.
window.addEventListener('reelforge:session', () => {
  if (!apiKey() && !location.hash.startsWith('#/sign-in')) show();
});
show();

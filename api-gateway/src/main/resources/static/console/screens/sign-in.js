// Sign-in: the API key is pasted, checked with GET /api/v1/me, and kept for this tab only.

import { ApiError, request } from '../api.js';
import { h, screenTitle } from '../dom.js';
import { busy, field, formMessages, showProblem } from '../forms.js';
import { signIn } from '../session.js';

export function render(main, route) {
  const key = h('input', { type: 'password', name: 'key', required: true, autocomplete: 'off', spellcheck: 'false',
    autocapitalize: 'off' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Sign in');
  const form = h('form', { class: 'panel narrow', novalidate: true },
      formMessages(),
      field('API key', key, 'Starts with rk_. Kept in this browser tab only, until you sign out or close it.'),
      h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = key.value.trim();
    if (!value) {
      showProblem(form, new ApiError(400, { errors: [{ field: 'key', message: 'Paste your API key.' }] }));
      return;
    }
    try {
      const who = await busy(submit, async () => (await request('GET', '/api/v1/me', { key: value })).json());
      signIn(value, who);
      location.replace(`#${nextRoute(route)}`);
    } catch (e) {
      showProblem(form, e.status === 401
          ? new ApiError(401, { errors: [{ field: 'key', message: 'This key was refused: it is unknown or revoked.' }] })
          : e);
    }
  });
  main.append(screenTitle('Sign in'),
      h('p', { class: 'lead' }, 'Sign in with an API key of your tenant. ',
          h('code', {}, './reelforge up'), ' prints one for local use; ',
          h('code', {}, 'reelforge keys create'), ' makes more.'),
      form);
}

/** Where to go after signing in: the screen asked for, but never back to sign-in, and only a console route. */
function nextRoute(route) {
  const next = route.query.get('next') ?? '';
  return next.startsWith('/') && !next.startsWith('/sign-in') ? next : '/new';
}

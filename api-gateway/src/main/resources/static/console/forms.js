// Form fields with their labels, hints and error messages tied together (for= and aria-describedby), and the
// gateway's problem details shown where they belong: each error next to the field it names, the rest at the top.

import { h, replace, uid } from './dom.js';

/**
 * A labelled field. `input` is an element whose `name` is the request field it fills (as the gateway names it in
 * errors: "durationSeconds", "script.scenes[2].narration"), so an error can find its field.
 */
export function field(label, input, hint) {
  input.id ||= uid('field');
  const hintEl = hint ? h('p', { class: 'hint', id: `${input.id}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${input.id}-error`, hidden: true });
  describe(input, hintEl?.id);
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), hintEl, input, errorEl);
}

/** A group of choices (radios, checkboxes) under one legend. */
export function choices(legend, inputs, name) {
  const errorEl = h('p', { class: 'field-error', id: uid('error'), hidden: true });
  return h('fieldset', { class: 'field choices', dataset: { errorsFor: name } },
      h('legend', {}, legend), inputs, errorEl);
}

function describe(input, id) {
  if (!id) return;
  const ids = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  ids.add(id);
  input.setAttribute('aria-describedby', [...ids].join(' '));
}

/** A form-level message area, where errors that name no field of the form go. */
export function formMessages() {
  return h('div', { class: 'form-messages' });
}

/** Clears every error shown in the form. */
export function clearErrors(form) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const error of form.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  const messages = form.querySelector('.form-messages');
  if (messages) replace(messages);
}

/**
 * Shows an ApiError in a form: each field error under its field (marked invalid, the first one focused), the
 * problem's detail and any error naming no field of this form at the top.
 */
export function showProblem(form, error) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const { field: name, message } of error.fieldErrors ?? []) {
    const target = findField(form, name);
    if (!target) {
      unplaced.push(name ? `${name}: ${message}` : message);
      continue;
    }
    const errorEl = target.errorEl;
    errorEl.textContent = errorEl.textContent ? `${errorEl.textContent}; ${message}` : message;
    errorEl.hidden = false;
    if (target.input) {
      target.input.setAttribute('aria-invalid', 'true');
      describe(target.input, errorEl.id);
    }
    first ??= target.input ?? target.group.querySelector('input, select, textarea');
  }
  const messages = form.querySelector('.form-messages');
  const fieldErrors = error.fieldErrors?.length ?? 0;
  if (messages && (unplaced.length || !fieldErrors || error.problem?.detail)) {
    const summary = fieldErrors && !error.problem?.detail ? 'Please correct the fields marked below.'
        : error.message;
    replace(messages, h('div', { class: 'notice error', role: 'alert' },
        h('p', {}, summary), unplaced.length ? h('ul', {}, unplaced.map(m => h('li', {}, m))) : null,
        extraFacts(error)));
  }
  first?.focus();
}

/** Lists a problem's helpful extras: the languages or voices there are, the job it concerns. */
function extraFacts(error) {
  const problem = error.problem ?? {};
  const facts = [];
  if (Array.isArray(problem.languages)) facts.push(`Languages voiced now: ${problem.languages.join(', ') || 'none'}.`);
  if (Array.isArray(problem.voices)) facts.push(`Voices for ${problem.language}: ${problem.voices.join(', ')}.`);
  if (problem.code) facts.push(`Code: ${problem.code}.`);
  return facts.length ? h('p', { class: 'hint' }, facts.join(' ')) : null;
}

function findField(form, name) {
  if (!name) return null;
  const input = [...form.elements].find(el => el.name === name);
  if (input) {
    const errorEl = form.querySelector(`#${CSS.escape(input.id)}-error`)
        ?? input.closest('.field')?.querySelector('.field-error');
    if (errorEl) return { input, errorEl };
  }
  const group = [...form.querySelectorAll('[data-errors-for]')].find(el => el.dataset.errorsFor === name);
  return group ? { group, errorEl: group.querySelector('.field-error') } : null;
}

/** A select's options from [value, label] pairs, one selected. */
export function options(pairs, selected) {
  return pairs.map(([value, label]) => h('option', { value, selected: value === selected }, label));
}

/** Disables a form's submit button while `work` runs, so a double click sends one request. */
export async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

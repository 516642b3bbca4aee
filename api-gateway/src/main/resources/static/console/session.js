// The signed-in key. Session storage only: it lives as long as the tab, is never written to disk by us, never put in
// a URL (where it would reach history, logs and Referer headers) and never sent anywhere but this gateway's API.

const KEY = 'reelforge.console.key';
const WHO = 'reelforge.console.me';

export function apiKey() {
  return sessionStorage.getItem(KEY);
}

/** Who the key belongs to, as GET /api/v1/me answered when signing in: {tenant, keyId, keyName, admin}. */
export function me() {
  const stored = sessionStorage.getItem(WHO);
  return stored ? JSON.parse(stored) : null;
}

export function signIn(key, who) {
  sessionStorage.setItem(KEY, key);
  sessionStorage.setItem(WHO, JSON.stringify(who));
  window.dispatchEvent(new Event('reelforge:session'));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(WHO);
  window.dispatchEvent(new Event('reelforge:session'));
}

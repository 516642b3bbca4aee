// How values read in the console: prices in the product's currency, times in the browser's locale, states in words.

/** "$249.00", or the bare amount when the currency is unknown. */
export function price(amount, currency) {
  if (amount === null || amount === undefined) return null;
  if (currency) {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
    } catch {
      return `${amount} ${currency}`;
    }
  }
  return String(amount);
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** "about 3 minutes", for an ETA in seconds. */
export function duration(seconds) {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} min`;
  return `about ${Math.round(minutes / 60)} h`;
}

export function bytes(size) {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(0)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

const STATUS = {
  queued: 'Queued', scraping: 'Reading the page', scripting: 'Writing the script', rendering: 'Rendering',
  succeeded: 'Done', failed: 'Failed', canceled: 'Canceled',
};

/** A job status in words. */
export function status(value) {
  return STATUS[value] ?? value;
}

const STAGE = { scraping: 'Read the product page', scripting: 'Write the script', rendering: 'Render the video' };

export function stage(value) {
  return STAGE[value] ?? value;
}

const DOING = { scraping: 'reading the product page', scripting: 'writing the script', rendering: 'rendering the video' };

/** What a stage was doing, to say where a job failed: "Failed while reading the product page". */
export function stageDoing(value) {
  return DOING[value] ?? value;
}

/** What a job is about, in a few words: its product, page or keyword. */
export function jobSubject(job) {
  const product = job.results?.product ?? job.request?.product;
  if (product?.title) return product.title;
  if (job.request?.url) return shortUrl(job.request.url);
  if (job.request?.keyword) return `"${job.request.keyword}"`;
  return job.id;
}

export function host(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A URL without its scheme and query, which often holds tracking or tokens: "shop.example/p/aurora". */
export function shortUrl(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
}

export function shortId(id) {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}

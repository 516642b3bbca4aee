// A file under /console/ for the gateway's tests of how the console's files are served.
export const probe = 'served';

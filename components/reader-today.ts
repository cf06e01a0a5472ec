// The day the export links carry once the page runs: the reader's, which the export menus and "Tout exporter" share.

/**
 * Today in the reader's time zone (YYYY-MM-DD), once the page runs in a browser; the server's
 * HTML carries the page's date (today in Paris). Read from the Date's fields: a locale formatter
 * would load locale data while the page hydrates.
 */
export const readerToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

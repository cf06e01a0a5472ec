// The charts of the site by id, in the order the pages show them: in export URLs, and in the dataset's corrections.
// Here, with no import, so that the schema and the browser's chart code read the same list.
export const CHART_IDS = ['membres', 'emplois'] as const;
export type ChartId = (typeof CHART_IDS)[number];

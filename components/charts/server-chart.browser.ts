// The browser's side of `#server-chart` (see server-chart.tsx): no chart engine here.
export function ServerChart(): null {
  return null;
}

// ISO calendar dates (AAAA-MM-JJ), as the dataset and the export URLs write them: checking them, and today's in Paris.

/** The shape of an ISO date; whether the day exists is `calendarDateProblem`'s question. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The proleptic Gregorian calendar's rule, which ISO 8601 uses for every year. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why an AAAA-MM-JJ text is not a day of the calendar, in French ("février 2011 n'a que 28 jours"),
 * or null when it is one. `new Date()` cannot say: it reads "2011-02-30" as the 2nd of March.
 */
export function calendarDateProblem(text: string): string | null {
  if (!ISO_DATE.test(text)) return 'doit être une date AAAA-MM-JJ';
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12) return `il n'y a pas de mois ${month}`;
  if (day < 1) return "il n'y a pas de jour 0";
  const days = daysInMonth(year, month);
  if (day > days) return `${MONTHS[month - 1]} ${year} n'a que ${days} jours`;
  return null;
}

export function isCalendarDate(text: string): boolean {
  return calendarDateProblem(text) === null;
}

/** Today's date in Paris, where the paper and its readers are, whatever the server's time zone. */
export function todayInParis(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The same day `years` later; the 29th of February becomes the 28th in a year that has none. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const later = year + years;
  const lastDay = Math.min(day, daysInMonth(later, month));
  return `${String(later).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** The day `days` after (or before, when negative) an AAAA-MM-JJ date, across months and years. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

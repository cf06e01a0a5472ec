import { describe, expect, it } from 'vitest';
import { addDays, addYears, calendarDateProblem, isCalendarDate, todayInParis } from './iso-date';

describe('calendarDateProblem', () => {
  it('accepts the days of the calendar, the 29th of February of leap years included', () => {
    expect(calendarDateProblem('2011-01-21')).toBeNull();
    expect(calendarDateProblem('2011-12-31')).toBeNull();
    expect(calendarDateProblem('2012-02-29')).toBeNull();
    expect(calendarDateProblem('2000-02-29')).toBeNull();
    expect(isCalendarDate('2011-04-30')).toBe(true);
  });

  it('says why a date does not exist, in French', () => {
    expect(calendarDateProblem('2011-02-30')).toBe("février 2011 n'a que 28 jours");
    expect(calendarDateProblem('2011-02-29')).toBe("février 2011 n'a que 28 jours");
    expect(calendarDateProblem('1900-02-29')).toBe("février 1900 n'a que 28 jours");
    expect(calendarDateProblem('2011-04-31')).toBe("avril 2011 n'a que 30 jours");
    expect(calendarDateProblem('2011-13-45')).toBe("il n'y a pas de mois 13");
    expect(calendarDateProblem('9999-99-99')).toBe("il n'y a pas de mois 99");
    expect(calendarDateProblem('2011-00-10')).toBe("il n'y a pas de mois 0");
    expect(calendarDateProblem('2011-01-00')).toBe("il n'y a pas de jour 0");
  });

  it('refuses what is not written AAAA-MM-JJ', () => {
    for (const text of ['22/01/2011', '2011-1-22', '2011-01-22T00:00', ' 2011-01-22', '']) {
      expect(calendarDateProblem(text)).toBe('doit être une date AAAA-MM-JJ');
    }
  });
});

describe('todayInParis', () => {
  it("gives Paris's date, which is a day ahead of UTC's late in the evening", () => {
    expect(todayInParis(new Date('2026-12-01T22:30:00Z'))).toBe('2026-12-01');
    expect(todayInParis(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    // Summer time: UTC+2.
    expect(todayInParis(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInParis(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});

describe('addYears', () => {
  it('gives the same day later, or the last of February', () => {
    expect(addYears('2026-12-01', 1)).toBe('2027-12-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2027-02-28', 1)).toBe('2028-02-28');
  });
});

describe('addDays', () => {
  it('counts days across months, leap years and years', () => {
    expect(addDays('2012-01-01', 0)).toBe('2012-01-01');
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2013-02-28', 1)).toBe('2013-03-01');
    expect(addDays('2012-12-31', 1)).toBe('2013-01-01');
    expect(addDays('2012-01-01', 400)).toBe('2013-02-04');
    expect(addDays('2013-01-01', -1)).toBe('2012-12-31');
  });
});

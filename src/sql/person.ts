/**
 * Sex and age from a normalised personnummer, in SQL, with the same verdicts as `sexOf()` and
 * `parsePersonId()` + `ageOn()` in TypeScript: twelve digits, a real birth date (day − 60 for a
 * samordningsnummer) and a valid check digit, else no age. Digits are read with `ascii() − 48`
 * so no cast can fail on an id that is not a number.
 */

import type { Dialect } from './dialect.js';

const digit = (p: string, position: number) => `(ascii(substr(${p}, ${position}, 1)) - 48)`;

/** Luhn over yyMMddNNNN (characters 3–12), weights 2,1,2,1… from the left. */
function luhnValid(p: string): string {
  const terms: string[] = [];
  for (let i = 0; i < 10; i++) {
    const d = digit(p, 3 + i);
    terms.push(i % 2 === 0 ? `(2 * ${d} - CASE WHEN ${d} >= 5 THEN 9 ELSE 0 END)` : d);
  }
  return `((${terms.join(' + ')}) % 10 = 0)`;
}

const number = (p: string, from: number, length: number) =>
  Array.from({ length }, (_, i) => `${digit(p, from + i)} * ${10 ** (length - 1 - i)}`).join(' + ');

export function sexSql(p: string): string {
  return `CASE WHEN length(${p}) = 12 AND ${digit(p, 11)} BETWEEN 0 AND 9 THEN CASE WHEN ${digit(p, 11)} % 2 = 1 THEN 'M' ELSE 'F' END ELSE 'U' END`;
}

/** Age in whole years on `date` (a SQL date expression), or NULL when the id has no valid birth date. */
export function ageSql(dialect: Dialect, p: string, date: string): string {
  const year = `(${number(p, 1, 4)})`;
  const month = `(${number(p, 5, 2)})`;
  const rawDay = `(${number(p, 7, 2)})`;
  const day = `(CASE WHEN ${rawDay} > 60 THEN ${rawDay} - 60 ELSE ${rawDay} END)`;
  const leap = `(${year} % 4 = 0 AND (${year} % 100 <> 0 OR ${year} % 400 = 0))`;
  const monthDays = `(CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)`;
  const valid = `(${dialect.matches(p, '^[0-9]{12}$')} AND ${month} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND ${monthDays} AND ${luhnValid(p)})`;
  const dateYear = `CAST(extract(year FROM ${date}) AS INTEGER)`;
  const dateMonthDay = `CAST(extract(month FROM ${date}) * 100 + extract(day FROM ${date}) AS INTEGER)`;
  return `CASE WHEN ${valid} THEN ${dateYear} - ${year} - CASE WHEN ${dateMonthDay} < ${month} * 100 + ${day} THEN 1 ELSE 0 END END`;
}

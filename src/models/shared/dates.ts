const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO dates of year, month or day precision ("2019", "2017-05", "2019-08-16"). */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Reads a date of any of those precisions as words: "2019", "May 2017", "16 August 2019". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

// Dates in the node's zone, and ID numbers and phones masked as the API masks them.

export const ZONE = 'Asia/Shanghai';

function locale(language) {
  return language === 'en' ? 'en-GB' : 'zh-CN';
}

/** A date of the API (2026-03-05) as the reader writes it; a date has no zone, so it is shown as it is. */
export function date(value, language) {
  if (!value) return '';
  const [y, m, d] = String(value).slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant of the API, in the node's zone. */
export function dateTime(value, language) {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(language), {dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE})
    .format(new Date(value));
}

/** An ID number or credit code: the first 6 and last 4 characters kept (ResidentId.mask). */
export function maskId(id) {
  if (!id || id.length < 10) return '****';
  if (id.includes('*')) return id;
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** A mobile number: the first 3 and last 4 digits kept (MobileNumber.mask). */
export function maskPhone(number) {
  if (!number || number.length < 7) return '****';
  if (number.includes('*')) return number;
  return number.slice(0, 3) + '****' + number.slice(-4);
}

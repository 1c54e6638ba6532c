/** Session time and timestamps in the format each SCORM version wants. */

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours at least two digits, at most four). */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(cs / 360_000));
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  const hundredths = cs % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration, e.g. PT1H2M3.45S (at most hundredths of a second). */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = (cs % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${Number(seconds.toFixed(2))}S` : ''}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2 CMITime (time of day): HH:MM:SS, local time. */
export const timeOfDay12 = (d: Date): string => `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;

/** SCORM 2004 time (second precision): YYYY-MM-DDThh:mm:ss, local time. */
export const timestamp2004 = (d: Date): string => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${timeOfDay12(d)}`;

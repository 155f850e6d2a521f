/**
 * The quality indicators as CSV (semicolon-separated, as `intyg sjukfall --csv`) and as an HTML
 * report with SVG bar charts, self-contained (no script, no font or chart library from a CDN), so
 * the existing printer (JavaScript off, network blocked) turns it into a PDF. Every text from the
 * input (unit names and ids) is escaped.
 */

import type { IndicatorRow, Indicators } from './indicators.js';

const HEADERS = [
  'Vårdenhet', 'HSA-id', 'Listade 16–68 år', 'Sjukfall', 'Sjukfall per 1000 listade', 'Jämfört med medianen',
  'Intyg i sjukfallen', 'Med kompletteringsbegäran', 'Andel komplettering', 'Påminnelser från Försäkringskassan',
  'Unika patienter med rehabkoordinator (GC001)', 'Upprättade planer (DV077)',
];

const decimal = (value: number | undefined, digits = 2) => (value === undefined ? '' : value.toFixed(digits).replace('.', ','));
const percent = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')} %`;

function cells(row: Pick<IndicatorRow, 'unit' | 'unitName' | 'listed' | 'sickLeaveCases' | 'casesPer1000' | 'ratioToMedian' | 'komplettering' | 'reminders' | 'rehabCoordinatorPatients' | 'plans'>): string[] {
  return [
    row.unitName ?? '', row.unit === 'region' ? '' : row.unit, row.listed === undefined ? '' : String(row.listed), String(row.sickLeaveCases),
    decimal(row.casesPer1000), decimal(row.ratioToMedian), String(row.komplettering.certificates), String(row.komplettering.withRequest),
    percent(row.komplettering.share), String(row.reminders), String(row.rehabCoordinatorPatients), String(row.plans),
  ];
}

const csvCell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function indicatorsCsv(result: Indicators): string {
  return `${[HEADERS, ...result.units.map(cells), cells(result.region)].map((row) => row.map(csvCell).join(';')).join('\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

interface Bar {
  label: string;
  value: number;
  text: string;
}

/** A horizontal bar chart; `reference` draws a dashed line (the median) with its label. */
export function barChart(title: string, bars: readonly Bar[], reference?: { value: number; label: string }): string {
  const width = 640, labelWidth = 210, barHeight = 16, gap = 6, top = 28;
  const max = Math.max(1e-9, reference?.value ?? 0, ...bars.map((bar) => bar.value));
  const scale = (width - labelWidth - 70) / max;
  const height = top + bars.length * (barHeight + gap) + 12;
  const rows = bars.map((bar, index) => {
    const y = top + index * (barHeight + gap);
    const length = Math.max(0, bar.value * scale);
    return `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label)}</text>`
      + `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" fill="#1f5f8b"/>`
      + `<text x="${(labelWidth + length + 4).toFixed(1)}" y="${y + 12}">${escapeHtml(bar.text)}</text>`;
  }).join('');
  const line = reference
    ? `<line x1="${(labelWidth + reference.value * scale).toFixed(1)}" x2="${(labelWidth + reference.value * scale).toFixed(1)}" y1="${top - 6}" y2="${height - 6}" stroke="#b00" stroke-dasharray="4 3"/>`
      + `<text x="${(labelWidth + reference.value * scale + 4).toFixed(1)}" y="${top - 8}" fill="#b00">${escapeHtml(reference.label)}</text>`
    : '';
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Liberation Sans, sans-serif" font-size="10">${rows}${line}</svg></figure>`;
}

const name = (row: IndicatorRow) => row.unitName ?? row.unit;

export function indicatorsHtml(result: Indicators, options: { printedAt: string; forPrint?: boolean }): string {
  const { units, region } = result;
  const charts = [
    barChart('Sjukfall per 1000 listade patienter 16–68 år', units.filter((row) => row.casesPer1000 !== undefined).map((row) => ({ label: name(row), value: row.casesPer1000!, text: decimal(row.casesPer1000) })),
      result.medianCasesPer1000 !== undefined ? { value: result.medianCasesPer1000, label: `median ${decimal(result.medianCasesPer1000)}` } : undefined),
    barChart('Andel läkarintyg där Försäkringskassan begär komplettering', units.map((row) => ({ label: name(row), value: row.komplettering.share, text: percent(row.komplettering.share) }))),
    barChart('Påminnelser som Försäkringskassan skickat', units.map((row) => ({ label: name(row), value: row.reminders, text: String(row.reminders) }))),
    barChart('Unika patienter med kontakt/insats av rehabkoordinator (GC001)', units.map((row) => ({ label: name(row), value: row.rehabCoordinatorPatients, text: String(row.rehabCoordinatorPatients) }))),
    barChart('Upprättade sjukskrivnings- och rehabiliteringsplaner (DV077)', units.map((row) => ({ label: name(row), value: row.plans, text: String(row.plans) }))),
  ];
  const table = `<table><thead><tr>${HEADERS.map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${
    [...units, region].map((row) => `<tr${row.unit === 'region' ? ' class="region"' : ''}>${cells(row).map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')
  }</tbody></table>`;
  const title = 'Kvalitetsindikatorer för sjukskrivningsprocessen';
  return `<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
    @bottom-left { content: "Utskriven ${escapeHtml(options.printedAt).replace(/"/g, '')}"; font: 8pt 'Liberation Sans', sans-serif; }
    @bottom-right { content: counter(page) " (" counter(pages) ")"; font: 8pt 'Liberation Sans', sans-serif; } }
  html { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #000; }
  h1 { font-size: 14pt; margin: 0 0 2mm; }
  p { margin: 0 0 3mm; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 5mm; }
  th, td { border: 0.5pt solid #999; padding: 1mm 1.5mm; text-align: right; vertical-align: top; }
  th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
  th { background: #eee; font-weight: bold; font-size: 8pt; }
  tr.region td { font-weight: bold; }
  figure { margin: 0 0 4mm; break-inside: avoid; }
  figcaption { font-weight: bold; margin-bottom: 1mm; }
  ${options.forPrint ? '@media screen { html { display: none; } }' : ''}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>Sjukfall per ${escapeHtml(result.date)} (pågående, patienter 16–68 år, som Rehabstöd räknar dem). Registrerade vårdkontakter ${escapeHtml(result.period.from)} – ${escapeHtml(result.period.to)}. Utfallet sätts i relation till medianvärdet för samtliga vårdenheter${result.medianCasesPer1000 !== undefined ? ` (${escapeHtml(decimal(result.medianCasesPer1000))} sjukfall per 1000 listade)` : ''}.</p>
${table}
${charts.join('\n')}
</body>
</html>
`;
}

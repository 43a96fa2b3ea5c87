/**
 * The patient handout: plain language, large type (14 pt body), what to take each day, never to stop
 * suddenly, what to do about side effects, alcohol and driving, and whom to call. The safety wording
 * follows the spec: §5 (never stop abruptly: withdrawal can cause hallucinations, seizures, high fever,
 * death), §6 (alcohol and other sedatives add to drowsiness and slow breathing), §7 (driving) and the
 * labels' overdose and encephalopathy warnings (confusion, drowsiness, slow breathing → emergency).
 */
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PlanExportData } from '../../lib/planExport';
import { buildExportModel, type ExportModel, type PdfOptions } from './exportModel';
import { doseStepsSection, monthCalendars, patientDoseText } from './handoutCalendar';
import { banner, keepTogether } from './pdfBlocks';
import { formatLongDate, formatMediumDate, formatScheduleDate, mg } from './pdfFormat';
import { DEFAULT_FONT, footer, INK, PAPER_SIZE, pageMargins, header } from './pageFrame';
import { inline, pdfText } from './pdfText';
import { productText } from '../../lib/prescription';

const BODY_SIZE = 14;

function h2(text: string): ContentText {
  return pdfText(text, { fontSize: 19, bold: true, color: '#1c4f8a', margin: [0, 14, 0, 6] });
}

function bullets(items: (string | Content)[]): Content {
  return {
    ul: items.map((item) => (typeof item === 'string' ? pdfText(item) : item)),
    margin: [0, 0, 0, 4],
  };
}

function neverStopBanner(): Content {
  return banner({
    title: 'NEVER STOP BACLOFEN SUDDENLY',
    titleSize: 18,
    colour: '#a61e1e',
    fill: '#fff0f0',
    lines: [
      pdfText(
        'Stopping all at once can cause hallucinations, fits (seizures), high fever and can be life-threatening.',
        { fontSize: BODY_SIZE },
      ),
      pdfText(
        'If you want to stop, or you are running out of tablets, call your prescriber first. They will lower the dose slowly, over days or weeks.',
        { fontSize: BODY_SIZE, margin: [0, 4, 0, 0] },
      ),
    ],
  });
}

function productLines(model: ExportModel): Content[] {
  const product = model.product;
  if (!product) return [];
  if (product.form === 'solution') {
    return [
      pdfText(
        `Your medicine: ${productText(product)}. Measure each dose in mL with the oral syringe from the pharmacy.`,
      ),
    ];
  }
  const lines: Content[] = [pdfText(`Your medicine: ${productText(product)}.`)];
  if (product.halvesTablets) {
    lines.push(pdfText('“½ tablet” means half a tablet: break the tablet along its line (score).'));
  }
  return lines;
}

function planEnd(model: ExportModel): Content[] {
  const { data, locale, product } = model;
  const summary = data.plan.summary;
  const last = data.plan.days.at(-1);
  if (!last) return [];
  if (summary?.taperEnd) {
    return [
      pdfText(
        `Your dose goes down slowly at the end. From ${formatLongDate(summary.taperEnd, locale)} you take no more baclofen.`,
        { bold: true, margin: [0, 6, 0, 0] },
      ),
    ];
  }
  const lastDoses = last.administrations
    .filter((administration) => administration.mg > 0)
    .map((administration) => `${administration.label}: ${patientDoseText(administration.mg, product)}`)
    .join(', ');
  const review = summary?.reviewDate ? formatLongDate(summary.reviewDate, locale) : null;
  return [
    pdfText(
      `${review ? `Your review appointment is on ${review}. ` : ''}Keep taking ${mg(last.totalMg)} mg a day (${lastDoses}) after the last day of this calendar, until your prescriber tells you what to do next. Do not stop.`,
      { bold: true, margin: [0, 4, 0, 0] },
    ),
  ];
}

function sideEffects(): Content[] {
  return [
    keepTogether(h2('If you have side effects'), {
      table: {
        widths: ['*', '*'],
        body: [
          [pdfText('If you notice…', { bold: true }), pdfText('What to do', { bold: true })],
          [
            pdfText('Feeling sleepy, dizzy, weak or sick — most common in the days after the dose goes up.'),
            pdfText(
              'Do not drive. Call your prescriber: they may keep the dose the same for longer or step back.',
            ),
          ],
          [
            pdfText('Low mood, or thoughts of harming yourself.'),
            pdfText('Call your prescriber today. If you are in danger, call your emergency number.'),
          ],
          [
            pdfText(
              'Confusion, seeing or hearing things that are not there, being very hard to wake, slow or shallow breathing, a fit (seizure).',
              {
                bold: true,
              },
            ),
            pdfText(
              'EMERGENCY: call your local emergency number now (for example 112, 999 or 911). Say that you take baclofen.',
              {
                bold: true,
                color: '#a61e1e',
              },
            ),
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0.8,
        vLineWidth: () => 0.8,
        hLineColor: () => '#868e96',
        vLineColor: () => '#868e96',
        fillColor: (rowIndex: number) => (rowIndex === 0 ? '#e7eef7' : rowIndex === 3 ? '#fff0f0' : null),
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    }),
  ];
}

function safetyAdvice(): Content[] {
  return [
    keepTogether(
      h2('Important'),
      bullets([
        'Alcohol: baclofen and alcohol together make you much sleepier and can slow your breathing. Your prescriber may start baclofen while you still drink — tell them honestly how much you drink.',
        'Driving: do not drive, cycle or use machines until you know how baclofen affects you, and never after drinking alcohol.',
        'Other medicines: ask your prescriber or pharmacist before taking sleeping tablets, anxiety medicines, strong painkillers or anything that makes you drowsy.',
        'Missed dose: take it if you remember within a couple of hours. Otherwise skip it. Never take two doses at once.',
        'Keep your tablets out of the reach of children and never share them: too much baclofen can be fatal.',
        'Pregnancy or breastfeeding: tell your prescriber straight away.',
      ]),
    ),
  ];
}

/** On every page of the handout: what the patient must never forget, and whom to ask. */
export const PATIENT_FOOTER =
  'Keep this plan with your tablets. Never stop baclofen suddenly. Questions or side effects: call your prescriber.';

const MONITORING_WORDS: Record<string, string> = {
  'monitor.creatinine': 'Blood test (kidney function)',
  'monitor.sleep-apnoea': 'Check for breathing problems in your sleep: ask your prescriber',
};

/** Blood tests and the review from the plan, with a line for the next visit the clinic sets. */
function appointments(model: ExportModel): Content[] {
  const { data, locale } = model;
  const items: string[] = (data.plan.monitoring ?? []).flatMap((entry) => {
    const words = MONITORING_WORDS[entry.ruleId];
    return words
      ? [
          `${formatScheduleDate(entry.date, locale)}: ${words}${entry.date === data.plan.days[0]?.date ? ', before you start' : ''}`,
        ]
      : [];
  });
  const review = data.plan.summary?.reviewDate;
  if (review) items.push(`${formatScheduleDate(review, locale)}: review appointment with your prescriber`);
  return [
    keepTogether(
      h2('Blood tests and visits'),
      bullets([...items, 'Next visit: ______________________ at ________']),
      pdfText('They are marked in the tick calendar too. Bring this plan and your tablets.', {
        margin: [0, 0, 0, 4],
      }),
    ),
  ];
}

function whomToCall(model: ExportModel): Content[] {
  const prescriber = model.data.prescriberName?.trim();
  return [
    keepTogether(h2('Whom to call'), {
      stack: [
        inline(
          pdfText('Your prescriber: ', { bold: true }),
          prescriber ? prescriber : '________________________________',
        ),
        inline(pdfText('Phone: ', { bold: true }), '________________________________'),
        inline(pdfText('Pharmacy: ', { bold: true }), '________________________________'),
        inline(
          pdfText('Emergency: ', { bold: true }),
          'your local emergency number (for example 112, 999 or 911)',
        ),
      ],
      lineHeight: 1.6,
    }),
  ];
}

export function handoutDocument(data: PlanExportData, options: PdfOptions): TDocumentDefinitions {
  const model = buildExportModel(data);
  if (data.plan.days.length === 0) {
    throw new Error('There is no schedule to hand out: the plan is blocked by a hard stop.');
  }
  const first = data.plan.days[0];
  const name = data.patient?.name?.trim();
  // Name and birth date together: two patients of the same name are told apart on paper too.
  const birthDate = data.patient?.birthDate;
  const born = birthDate ? `, born ${formatLongDate(birthDate, model.locale)}` : '';
  return {
    pageSize: PAPER_SIZE[options.paper].pdfmake,
    pageMargins: pageMargins(),
    info: { title: 'Your baclofen plan', creator: 'bacloplan', producer: 'bacloplan' },
    header: header(`Your baclofen plan${name ? ` · ${name}${born}` : ''}`, ''),
    footer: footer({
      rulesetVersion: model.rulesetVersion,
      fontSize: 8,
      documentName: 'Patient handout',
      paper: options.paper,
      text: PATIENT_FOOTER,
    }),
    defaultStyle: { font: DEFAULT_FONT, fontSize: BODY_SIZE, color: INK, lineHeight: 1.2 },
    styles: { h3: { fontSize: 15, bold: true, margin: [0, 8, 0, 4] } },
    content: [
      pdfText('Your baclofen plan', { fontSize: 26, bold: true, color: '#1c4f8a' }),
      pdfText(name ? `For: ${name}${born}` : 'For: ________________________________', {
        fontSize: 16,
        margin: [0, 4, 0, 0],
      }),
      pdfText(
        `Start on ${first ? formatLongDate(first.date, model.locale) : '—'}. Prepared ${formatMediumDate(data.generatedAt.slice(0, 10), model.locale)}${data.prescriberName?.trim() ? ` by ${data.prescriberName.trim()}` : ''}.`,
        { margin: [0, 2, 0, 6] },
      ),
      neverStopBanner(),
      keepTogether(
        h2('How to take it'),
        bullets([
          'Take each dose at the time shown, with a glass of water, with or without food.',
          'The dose goes up slowly at the start so that your body gets used to it. Follow the calendar day by day.',
          ...productLines(model),
        ]),
      ),
      ...sideEffects(),
      ...safetyAdvice(),
      ...appointments(model),
      ...whomToCall(model),
      { ...h2('Your doses'), pageBreak: 'before' },
      pdfText('Your dose changes on the first day of each row. Take the same every day until the next row.', {
        margin: [0, 0, 0, 4],
      }),
      ...doseStepsSection(model),
      ...planEnd(model),
      ...monthCalendars(model, [
        h2('Tick each day'),
        pdfText(
          'Tick the box when you have taken all the doses of the day. “higher”, “lower” or “change”: your dose changes that day, see “Your doses”.',
          {
            margin: [0, 0, 0, 4],
          },
        ),
      ]),
    ],
  };
}

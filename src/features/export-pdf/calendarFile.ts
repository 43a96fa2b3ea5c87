/**
 * The schedule as an iCalendar (.ics) file for the patient's phone, built with ical-generator: one
 * all-day event on each day the dose changes (with the new doses), on each blood test and the review,
 * and on the first day without baclofen after a taper. Loaded on click, like the PDF generators.
 *
 * Calendars sync to the cloud, so the file carries no name and no diagnosis: "Baclofen" and the doses.
 */
import ical from 'ical-generator';
import type { PlanExportData } from '../../lib/planExport';
import { getProduct } from '../../rules';
import { doseSteps, patientDoseText } from './handoutCalendar';
import { formatScheduleDate, mg } from './pdfFormat';

export interface CalendarEvent {
  date: string;
  summary: string;
  description: string;
}

const NEVER_STOP = 'Never stop baclofen suddenly: call your prescriber first.';

function nextIso(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** The events, in date order: what the .ics holds, also for tests and for the screen. */
export function calendarEvents(data: PlanExportData): CalendarEvent[] {
  const { plan, locale } = data;
  const product = plan.summary?.effective?.product ? getProduct(plan.summary.effective.product) : undefined;
  const steps = doseSteps(plan.days);
  const events: CalendarEvent[] = steps.map((step, index) => {
    const doses = step.administrations
      .filter((dose) => dose.mg > 0)
      .map(
        (dose) =>
          `${dose.label.charAt(0).toUpperCase()}${dose.label.slice(1)}: ${patientDoseText(dose.mg, product)} (${mg(dose.mg)} mg)`,
      )
      .join('; ');
    const until =
      step.firstDate === step.lastDate
        ? 'for this day'
        : `until ${formatScheduleDate(step.lastDate, locale)}`;
    return {
      date: step.firstDate,
      summary: `Baclofen: ${index === 0 ? 'start' : 'new dose'}, ${mg(step.totalMg)} mg a day`,
      description: `${doses}. Every day ${until}. ${NEVER_STOP}`,
    };
  });
  for (const entry of plan.monitoring ?? []) {
    if (entry.ruleId !== 'monitor.creatinine') continue;
    events.push({
      date: entry.date,
      summary: 'Blood test (kidney function) for baclofen',
      description: 'Your prescriber asked for this blood test. Bring your baclofen plan.',
    });
  }
  if (plan.summary?.reviewDate) {
    events.push({
      date: plan.summary.reviewDate,
      summary: 'Baclofen review with your prescriber',
      description: `Keep taking your dose until your prescriber tells you what to do next. ${NEVER_STOP}`,
    });
  }
  const lastDosed = steps.at(-1);
  if (plan.summary?.taperEnd && lastDosed) {
    events.push({
      date: nextIso(lastDosed.lastDate),
      summary: 'Baclofen: no more tablets from today',
      description:
        'Your dose went down slowly and the plan is finished. Call your prescriber if you feel unwell.',
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The .ics text. Dates are all-day (floating): a dose change is a day, wherever the phone is. */
export function calendarFile(data: PlanExportData): string {
  const calendar = ical({
    prodId: { company: 'bacloplan', product: 'baclofen plan', language: 'EN' },
    name: 'Baclofen plan',
  });
  calendarEvents(data).forEach((event, index) => {
    calendar.createEvent({
      id: `bacloplan-${event.date}-${index}`,
      start: event.date,
      end: nextIso(event.date),
      allDay: true,
      stamp: data.generatedAt,
      summary: event.summary,
      description: event.description,
    });
  });
  return calendar.toString();
}

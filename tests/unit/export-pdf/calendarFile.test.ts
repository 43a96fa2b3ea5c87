/**
 * The .ics export, parsed back with Mozilla's ical.js: one all-day event on each day the dose
 * changes with the new doses (checked against buildPlan), the blood tests, the review or the end of
 * the taper, on the right calendar day whatever the machine's time zone, and nothing that names the
 * patient or the diagnosis.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile } from '../../../src/features/export-pdf/calendarFile';
import { doseSteps } from '../../../src/features/export-pdf/handoutCalendar';
import type { PlanExportData } from '../../../src/lib/planExport';
import { exportData, planOfLength, SEVEN_MONTHS_BASE, WORKED_PATIENTS, yearLongCase } from './fixtures';

interface ParsedEvent {
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  uid: string;
}

function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      uid: event.uid,
    };
  });
}

const CASES = [WORKED_PATIENTS[0]!, yearLongCase(), planOfLength(200, SEVEN_MONTHS_BASE)];

describe('calendar file (.ics)', () => {
  for (const testCase of CASES) {
    describe(testCase.name, () => {
      const data: PlanExportData = exportData(testCase);
      const events = parse(calendarFile(data));

      it('has an all-day event on each dose-change day, with that day’s doses from buildPlan', () => {
        const steps = doseSteps(data.plan.days);
        const doseEvents = events.filter((event) => /^Baclofen: (start|new dose)/.test(event.summary));
        expect(doseEvents.map((event) => event.start)).toEqual(steps.map((step) => step.firstDate));
        doseEvents.forEach((event, index) => {
          const step = steps[index]!;
          const day = data.plan.days[step.firstDay - 1]!;
          expect(event.allDay).toBe(true);
          expect(event.summary).toContain(`${day.totalMg} mg a day`);
          for (const dose of day.administrations.filter((item) => item.mg > 0)) {
            expect(event.description).toContain(`(${dose.mg} mg)`);
          }
          expect(event.description).toContain('Never stop baclofen suddenly');
        });
      });

      it('marks the blood tests, and the review or the first day without baclofen', () => {
        const bloodTests = (data.plan.monitoring ?? []).filter(
          (entry) => entry.ruleId === 'monitor.creatinine',
        );
        expect(
          events.filter((event) => event.summary.startsWith('Blood test')).map((event) => event.start),
        ).toEqual(bloodTests.map((entry) => entry.date));
        if (data.plan.summary?.taperEnd) {
          const lastDose = doseSteps(data.plan.days).at(-1)!.lastDate;
          const end = events.find((event) => event.summary === 'Baclofen: no more tablets from today')!;
          expect(Date.parse(end.start) - Date.parse(lastDose)).toBe(86_400_000);
        } else {
          expect(events.some((event) => event.start === data.plan.summary?.reviewDate)).toBe(true);
        }
      });

      it('has unique ids and says nothing of who the patient is or why', () => {
        expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
        const text = calendarFile(data);
        if (data.patient?.name) expect(text).not.toContain(data.patient.name);
        expect(text).not.toMatch(/alcohol|AUD|MRN/i);
        expect(calendarEvents(data)).toHaveLength(events.length);
      });
    });
  }
});

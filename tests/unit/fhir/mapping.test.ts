import { describe, expect, it } from 'vitest';
import type {
  Condition,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
} from '@medplum/fhirtypes';
import {
  ageInYears,
  buildChart,
  chartToPlannerSearch,
  creatinineTrend,
  daysBetween,
  hasEndedPerChart,
  medicationInputs,
  isOnDialysis,
  isStale,
  mapAllergies,
  mapConditions,
  mapMedications,
  mapPatient,
  summariseObservations,
  sameInstantCreatinine,
  type ChartSources,
} from '../../../src/fhir/mapping';
import { assessChartRenal, creatinineStatus, reviewChart } from '../../../src/fhir/assess';
import { throughLink } from '../lib/throughLink';
import { buildCohort } from '../../../mocks/fhir/cohort';
import { DEMO_TODAY } from '../../../src/fhir/clock';

const TODAY = '2026-11-20';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';

function obs(
  partial: Partial<Observation> & {
    code: string;
    value?: number;
    unit?: string;
    ucum?: string;
    date?: string;
  },
): Observation {
  const { code, value, unit, ucum, date, ...rest } = partial;
  return {
    resourceType: 'Observation',
    id: `o-${code}-${date ?? 'x'}-${value ?? 'none'}`,
    status: 'final',
    code: { coding: [{ system: LOINC, code }] },
    subject: { reference: 'Patient/p1' },
    ...(date ? { effectiveDateTime: date } : {}),
    ...(value !== undefined ? { valueQuantity: { value, unit, system: UCUM, code: ucum ?? unit } } : {}),
    ...rest,
  };
}

const patient: Patient & { id: string } = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ use: 'official', family: 'Martin', given: ['Claire', 'Anne'] }],
  gender: 'female',
  birthDate: '1981-05-12',
  identifier: [
    // A social security number first, as real charts often have it: never shown as the record number.
    {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'SS' }] },
      system: 'http://hl7.org/fhir/sid/us-ssn',
      value: '999-12-3456',
    },
    {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
      system: 'urn:mrn',
      value: 'MRN-1',
    },
  ],
};

function sources(extra: Partial<ChartSources> = {}): ChartSources {
  return {
    patient,
    observations: [],
    medicationStatements: [],
    medicationRequests: [],
    conditions: [],
    allergies: [],
    ...extra,
  };
}

describe('dates and age', () => {
  it('counts whole days and completed years, with "today" passed in', () => {
    expect(daysBetween('2026-08-22', TODAY)).toBe(90);
    expect(isStale('2026-08-22', TODAY)).toBe(false);
    expect(isStale('2026-08-21', TODAY)).toBe(true);
    expect(ageInYears('1981-11-20', TODAY)).toBe(45);
    expect(ageInYears('1981-11-21', TODAY)).toBe(44);
    expect(ageInYears('1981', TODAY)).toBeUndefined(); // partial: never guessed
    expect(ageInYears(undefined, TODAY)).toBeUndefined();
  });
});

describe('mapPatient', () => {
  it('shows no record number when the chart has no identifier typed MR', () => {
    const summary = mapPatient(
      { resourceType: 'Patient', id: 'x', identifier: [{ system: 'urn:other', value: 'P-77' }] },
      TODAY,
    );
    expect(summary.identifier).toBeUndefined();
  });

  it('maps name, age on the given day, sex and identifier', () => {
    expect(mapPatient(patient, TODAY)).toEqual({
      id: 'p1',
      name: 'Claire Anne Martin',
      birthDate: '1981-05-12',
      ageYears: 45,
      sex: 'female',
      identifier: 'MRN-1',
    });
  });

  it('keeps a gender other than female/male as recorded, without a sex for the formulas', () => {
    const summary = mapPatient({ resourceType: 'Patient', id: 'x', gender: 'unknown' }, TODAY);
    expect(summary.sex).toBeUndefined();
    expect(summary.genderRecorded).toBe('unknown');
    expect(summary.name).toBe('Unnamed patient');
    expect(summary.ageYears).toBeUndefined();
  });

  it('keeps markup in names as plain text (rendering escapes it)', () => {
    const summary = mapPatient(
      { resourceType: 'Patient', id: 'x', name: [{ family: '<img src=x onerror=alert(1)>' }] },
      TODAY,
    );
    expect(summary.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('summariseObservations', () => {
  it('normalises creatinine units (UCUM code or display, µ or μ) and sorts newest first', () => {
    const labs = summariseObservations([
      obs({ code: '2160-0', value: 1.1, unit: 'mg/dL', date: '2026-01-10' }),
      obs({ code: '14682-9', value: 97, unit: 'µmol/L', ucum: 'umol/L', date: '2026-11-02T08:30:00+01:00' }),
      obs({ code: '14682-9', value: 90, unit: 'μmol/L', ucum: undefined, date: '2026-06-01' }),
    ]);
    expect(labs.creatinine.map((item) => [item.date, item.value, item.unit])).toEqual([
      ['2026-11-02', 97, 'umol/L'],
      ['2026-06-01', 90, 'umol/L'],
      ['2026-01-10', 1.1, 'mg/dL'],
    ]);
    expect(labs.skipped).toEqual([]);
  });

  it('flags a creatinine implausible for its unit (150 mg/dL) without converting it', () => {
    const labs = summariseObservations([
      obs({ code: '2160-0', value: 150, unit: 'mg/dL', date: '2026-11-13' }),
    ]);
    expect(labs.creatinine[0]).toMatchObject({ value: 150, unit: 'mg/dL', unitSuspect: true });
  });

  it('skips, with a reason, what cannot be read safely', () => {
    const labs = summariseObservations([
      obs({ code: '2160-0', value: 1.0, unit: 'mmol/L', date: '2026-11-01' }),
      obs({ code: '2160-0', value: 1.0, unit: 'mg/dL', ucum: 'umol/L', date: '2026-11-02' }),
      obs({ code: '2160-0', value: 1.0, unit: 'mg/dL' }),
      obs({ code: '2160-0', date: '2026-11-03' }),
      obs({ code: '2160-0', value: 1.0, unit: 'mg/dL', date: '2026-11-04', status: 'preliminary' }),
      obs({ code: '2160-0', value: 0, unit: 'mg/dL', date: '2026-11-05' }),
      {
        ...obs({ code: '2160-0', value: 0.3, unit: 'mg/dL', date: '2026-11-06' }),
        valueQuantity: { value: 0.3, comparator: '<', unit: 'mg/dL' },
      },
    ]);
    expect(labs.creatinine).toEqual([]);
    expect(labs.skipped.map((item) => item.reason)).toEqual([
      'unit "mmol/L" / "mmol/L" is not one bacloplan reads',
      'unit recorded two ways ("umol/L" and "mg/dL")',
      'no full date recorded',
      'no numeric value recorded',
      'result status is "preliminary", not final',
      'value 0 is not a possible measurement',
      'value is "<0.3", not exact',
    ]);
  });

  it('converts pounds and inches exactly and says what was recorded', () => {
    const labs = summariseObservations([
      obs({ code: '29463-7', value: 220, unit: 'lb', ucum: '[lb_av]', date: '2026-11-04' }),
      obs({ code: '8302-2', value: 70, unit: 'in', ucum: '[in_i]', date: '2026-11-04' }),
      obs({ code: '8302-2', value: 1.75, unit: 'm', date: '2025-11-04' }),
    ]);
    expect(labs.weights[0]).toMatchObject({ value: 99.8, recordedAs: '220 lb' });
    expect(labs.heights.map((item) => item.value)).toEqual([177.8, 175]);
  });

  it('ignores other LOINC codes and duplicate ids', () => {
    const same = obs({ code: '2160-0', value: 1.0, unit: 'mg/dL', date: '2026-11-04' });
    const labs = summariseObservations([
      same,
      same,
      obs({ code: '718-7', value: 13, unit: 'g/dL', date: '2026-11-04' }),
    ]);
    expect(labs.creatinine).toHaveLength(1);
  });
});

describe('medications, conditions, allergies', () => {
  const statement = (
    status: MedicationStatement['status'],
    text: string,
    rxnorm?: string,
  ): MedicationStatement => ({
    resourceType: 'MedicationStatement',
    id: `ms-${text}`,
    status,
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: {
      text,
      ...(rxnorm
        ? { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: rxnorm }] }
        : {}),
    },
  });
  const request = (
    status: MedicationRequest['status'],
    text: string,
    extra: Partial<MedicationRequest> = {},
  ): MedicationRequest => ({
    resourceType: 'MedicationRequest',
    id: `mr-${text}`,
    status,
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: { text },
    ...extra,
  });

  it('keeps current medicines with RxNorm codes, drops stopped ones and bacloplan plans', () => {
    const meds = mapMedications(
      [statement('active', 'Methadone 10 mg/mL', '6813'), statement('stopped', 'Oxazepam', '7781')],
      [
        request('active', 'Diazepam 10 mg'),
        request('cancelled', 'Tramadol'),
        request('active', 'baclofen', {
          identifier: [{ system: 'https://bacloplan.app/fhir/NamingSystem/plan-id', value: 'x/titration' }],
        }),
      ],
    );
    expect(meds.map((med) => [med.name, med.rxnorm, med.resourceType])).toEqual([
      ['Diazepam 10 mg', undefined, 'MedicationRequest'],
      ['Methadone 10 mg/mL', '6813', 'MedicationStatement'],
    ]);
  });

  it('keeps an active medicine past the end its chart gives, and says it ended (never drops it)', () => {
    const meds = mapMedications(
      [
        {
          ...statement('active', 'Diazepam 5 mg', '3322'),
          effectivePeriod: { start: '2025-01-10', end: '2025-03-01T00:00:00Z' },
        },
      ],
      [
        request('active', 'Zolpidem 10 mg', {
          authoredOn: '2026-10-01T09:00:00Z',
          dispenseRequest: { validityPeriod: { start: '2026-10-01', end: '2026-12-31' } },
        }),
        request('active', 'Pregabalin 75 mg', { dispenseRequest: { validityPeriod: { end: 'soon' } } }),
      ],
    );
    const byName = new Map(meds.map((med) => [med.name, med]));
    expect(byName.get('Diazepam 5 mg')).toMatchObject({ date: '2025-01-10', endDate: '2025-03-01' });
    expect(byName.get('Zolpidem 10 mg')).toMatchObject({ date: '2026-10-01', endDate: '2026-12-31' });
    expect(byName.get('Pregabalin 75 mg')?.endDate).toBeUndefined();
    const ended = meds.filter((med) => hasEndedPerChart(med, '2026-11-20')).map((med) => med.name);
    expect(ended).toEqual(['Diazepam 5 mg']);
    // The end day itself is still current; the day after, it has ended.
    expect(hasEndedPerChart(byName.get('Zolpidem 10 mg')!, '2026-12-31')).toBe(false);
    expect(hasEndedPerChart(byName.get('Zolpidem 10 mg')!, '2027-01-01')).toBe(true);
    // Still passed to the interaction check.
    expect(medicationInputs(meds)).toContainEqual({ name: 'Diazepam 5 mg', rxnorm: '3322' });
  });

  it('keeps active conditions with SNOMED and ICD-10 codes and reads dialysis from them', () => {
    const condition = (
      id: string,
      clinical: string | undefined,
      codes: { system: string; code: string }[],
      text: string,
    ): Condition => ({
      resourceType: 'Condition',
      id,
      subject: { reference: 'Patient/p1' },
      ...(clinical ? { clinicalStatus: { coding: [{ code: clinical }] } } : {}),
      code: { coding: codes, text },
    });
    const conditions = mapConditions([
      condition(
        'c1',
        'active',
        [
          { system: 'http://snomed.info/sct', code: '105502003' },
          { system: 'http://hl7.org/fhir/sid/icd-10', code: 'Z99.2' },
        ],
        'Haemodialysis',
      ),
      condition('c2', 'resolved', [{ system: 'http://snomed.info/sct', code: '77386006' }], 'Pregnancy'),
      condition(
        'c3',
        undefined,
        [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G40.909' }],
        'Epilepsy',
      ),
      {
        ...condition('c4', 'active', [], 'Refuted thing'),
        verificationStatus: { coding: [{ code: 'refuted' }] },
      },
    ]);
    expect(conditions.map((item) => [item.name, item.snomed, item.icd10])).toEqual([
      ['Epilepsy', undefined, 'G40.909'],
      ['Haemodialysis', '105502003', 'Z99.2'],
    ]);
    expect(isOnDialysis(conditions)).toBe(true);
    expect(isOnDialysis(conditions.filter((item) => item.id !== 'c1'))).toBe(false);
  });

  it('keeps a condition marked active despite an abatement date, and records the date to show', () => {
    const [condition] = mapConditions([
      {
        resourceType: 'Condition',
        id: 'c5',
        subject: { reference: 'Patient/p1' },
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'G40.909' }], text: 'Epilepsy' },
        onsetDateTime: '2001-05-02',
        abatementDateTime: '2019-06-30T10:00:00+02:00',
      },
    ]);
    expect(condition).toMatchObject({ name: 'Epilepsy', onset: '2001-05-02', abatement: '2019-06-30' });
  });

  it('recognises a baclofen allergy and passes it on as hypersensitivity', () => {
    const allergies = mapAllergies([
      {
        resourceType: 'AllergyIntolerance',
        id: 'a1',
        patient: { reference: 'Patient/p1' },
        code: {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1292' }],
          text: 'Baclofen',
        },
      },
    ]);
    expect(allergies[0]?.isBaclofen).toBe(true);
    const chart = buildChart(
      sources({
        allergies: [
          {
            resourceType: 'AllergyIntolerance',
            id: 'a1',
            patient: { reference: 'Patient/p1' },
            code: { text: 'Lioresal' },
          },
        ],
      }),
      TODAY,
    );
    expect(chartToPlannerSearch(chart, TODAY).conds).toEqual([{ name: 'Hypersensitivity to baclofen' }]);
  });
});

describe('chartToPlannerSearch', () => {
  it('prefills the latest values with their dates, units as recorded, codes, and parses as PlannerState', () => {
    const chart = buildChart(
      sources({
        observations: [
          obs({ code: '14682-9', value: 150, unit: 'µmol/L', ucum: 'umol/L', date: '2026-10-26' }),
          obs({ code: '2160-0', value: 1.5, unit: 'mg/dL', date: '2026-04-24' }),
          obs({ code: '29463-7', value: 70, unit: 'kg', date: '2026-10-26' }),
          obs({ code: '8302-2', value: 165, unit: 'cm', date: '2025-10-26' }),
        ],
        medicationStatements: [
          {
            resourceType: 'MedicationStatement',
            id: 'm1',
            status: 'active',
            subject: { reference: 'Patient/p1' },
            medicationCodeableConcept: {
              text: 'Suboxone 8 mg/2 mg',
              coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1819' }],
            },
          },
        ],
        conditions: [
          {
            resourceType: 'Condition',
            id: 'c1',
            subject: { reference: 'Patient/p1' },
            clinicalStatus: { coding: [{ code: 'active' }] },
            code: { text: 'Epilepsy', coding: [{ system: 'http://snomed.info/sct', code: '84757009' }] },
          },
        ],
      }),
      TODAY,
    );
    const search = chartToPlannerSearch(chart, TODAY);
    expect(search).toEqual({
      patient: 'p1',
      age: 45,
      sex: 'female',
      scr: 150,
      scrUnit: 'umol/L',
      scrDate: '2026-10-26',
      weightKg: 70,
      weightDate: '2026-10-26',
      heightCm: 165,
      heightDate: '2025-10-26',
      dialysis: false,
      meds: [{ name: 'Suboxone 8 mg/2 mg', rxnorm: '1819' }],
      conds: [{ name: 'Epilepsy', snomed: '84757009' }],
    });
    // Through the planner's link: every field valid, nothing dropped, and no name in the address.
    const { link, state } = throughLink(search);
    expect(link.invalidFields).toBeUndefined();
    expect(state).toEqual(search);
    expect(JSON.stringify(link)).not.toMatch(/Suboxone|Epilepsy/);
  });

  it('leaves out what the chart does not have instead of guessing', () => {
    const chart = buildChart(
      sources({ patient: { resourceType: 'Patient', id: 'p2', gender: 'other' } }),
      TODAY,
    );
    expect(chartToPlannerSearch(chart, TODAY)).toEqual({ patient: 'p2', dialysis: false });
  });
});

describe('creatinineTrend', () => {
  it('gives each result its eGFR at the age on that date, and explains gaps', () => {
    const chart = buildChart(
      sources({
        observations: [
          obs({ code: '2160-0', value: 0.8, unit: 'mg/dL', date: '2026-11-02' }),
          obs({ code: '2160-0', value: 150, unit: 'mg/dL', date: '2026-10-02' }),
        ],
      }),
      TODAY,
    );
    const trend = creatinineTrend(chart);
    expect(trend.map((point) => point.date)).toEqual(['2026-10-02', '2026-11-02']);
    expect(trend[0]).toMatchObject({ unitSuspect: true, egfrNote: 'not calculated: unit looks wrong' });
    // §2.5: F 45 y, SCr 0.8 mg/dL → CKD-EPI 2021 92.5
    expect(trend[1]?.egfrMlMin173).toBeCloseTo(92.5, 1);
  });
});

describe('the demo cohort through the mappers and the rules module', () => {
  const { patients } = buildCohort();
  const chartOf = (id: string) => {
    const resources = patients.find((item) => item.resources[0]?.id === id)?.resources ?? [];
    const of = <T>(type: string) => resources.filter((resource) => resource.resourceType === type) as T[];
    return buildChart(
      {
        patient: of<Patient & { id: string }>('Patient')[0] as Patient & { id: string },
        observations: of('Observation'),
        medicationStatements: of('MedicationStatement'),
        medicationRequests: of('MedicationRequest'),
        conditions: of('Condition'),
        allergies: of('AllergyIntolerance'),
      },
      DEMO_TODAY,
    );
  };

  it.each([
    ['demo-02', 'mild', 74.1, 69.2],
    ['demo-01', 'normal', 84.1, 92.5],
    ['demo-03', 'moderate', 39.0, 42.4],
    ['demo-04', 'severe', 27.8, 38.0],
    ['demo-05', 'normal', 112.8, 91.7],
  ])('reproduces the spec §2.5 worked example %s (%s band)', (id, band, crcl, egfr) => {
    const renal = assessChartRenal(chartOf(id), DEMO_TODAY);
    expect(renal.status).toBe('assessed');
    if (renal.status !== 'assessed') return;
    expect(renal.assessment.band).toBe(band);
    expect(renal.assessment.crclMlMin).toBeCloseTo(crcl, 1);
    expect(renal.assessment.egfrMlMin173).toBeCloseTo(egfr, 1);
  });

  it('reads dialysis, the wrong unit, missing labs and stale labs from the charts', () => {
    expect(assessChartRenal(chartOf('demo-06'), DEMO_TODAY)).toMatchObject({
      status: 'assessed',
      assessment: { band: 'dialysis' },
    });
    expect(assessChartRenal(chartOf('demo-17'), DEMO_TODAY).status).toBe('unit-suspect');
    expect(assessChartRenal(chartOf('demo-18'), DEMO_TODAY)).toEqual({
      status: 'missing',
      missing: ['creatinine', 'weight'],
    });
    expect(creatinineStatus(chartOf('demo-19'), DEMO_TODAY)).toMatchObject({ status: 'stale', ageDays: 200 });
    expect(creatinineStatus(chartOf('demo-18'), DEMO_TODAY)).toEqual({ status: 'none' });
    expect(assessChartRenal(chartOf('demo-31'), DEMO_TODAY)).toEqual({
      status: 'missing',
      missing: ['birth date', 'sex (female or male)'],
    });
  });

  it('passes the result before the latest to the KDIGO steady-state check (spec §2.4), hours from dates', () => {
    const chart = chartOf('demo-02');
    const latest = chart.labs.creatinine[0];
    expect(latest).toBeDefined();
    if (!latest) return;
    const withPrevious = (date: string, value: number) => ({
      ...chart,
      labs: { ...chart.labs, creatinine: [latest, { ...latest, observationId: 'earlier', date, value }] },
    });
    const twoDaysBefore = new Date(Date.parse(`${latest.date}T00:00:00Z`) - 2 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    // 0.8 → 1.2 mg/dL two days apart: a rise of 0.4 within 48 h.
    const rising = assessChartRenal(withPrevious(twoDaysBefore, latest.value - 0.4), DEMO_TODAY);
    expect(rising.status).toBe('assessed');
    if (rising.status !== 'assessed') return;
    expect(rising.input.previousCreatinine).toEqual({
      value: latest.value - 0.4,
      unit: latest.unit,
      hoursBefore: 48,
    });
    expect(rising.assessment.findings.map((finding) => finding.ruleId)).toContain('renal.not-steady-state');
    // The same day, or a stable value, raises nothing.
    const sameDay = assessChartRenal(withPrevious(latest.date, latest.value - 0.4), DEMO_TODAY);
    expect(sameDay.status === 'assessed' ? sameDay.input.previousCreatinine : 'not assessed').toBeUndefined();
    const stable = assessChartRenal(withPrevious(twoDaysBefore, latest.value), DEMO_TODAY);
    expect(
      stable.status === 'assessed' &&
        stable.assessment.findings.some((f) => f.ruleId === 'renal.not-steady-state'),
    ).toBe(false);
  });

  it('finds the interacting medicines and cautions the cohort was built for', () => {
    const interacting = (id: string) => reviewChart(chartOf(id)).interactingMedicationCount;
    expect(interacting('demo-07')).toBe(1); // methadone
    expect(interacting('demo-08')).toBe(1); // Suboxone via RxNorm buprenorphine
    expect(interacting('demo-09')).toBe(2); // diazepam + zolpidem (stopped oxazepam not counted)
    expect(interacting('demo-10')).toBe(2); // pregabalin + gabapentin
    expect(interacting('demo-11')).toBe(1); // sodium oxybate by name
    const cautions = (id: string) => reviewChart(chartOf(id)).cautionCount;
    expect(cautions('demo-12')).toBe(1); // epilepsy
    expect(cautions('demo-13')).toBe(1); // bipolar disorder
    expect(cautions('demo-14')).toBe(1); // pregnancy (resolved anxiety ignored)
    expect(cautions('demo-24')).toBe(1); // baclofen allergy
    // Ruleset 1.2 §6: levetiracetam is now checked (antiepileptics, moderate); alcohol is on every result
    // but never a row's own finding.
    const demo12 = reviewChart(chartOf('demo-12'));
    expect(demo12.medications[0]?.notChecked).toBe(false);
    expect(demo12.medications[0]?.findings.map((finding) => finding.ruleId)).toEqual([
      'interaction.antiepileptics',
    ]);
    expect(demo12.allFindings.some((finding) => finding.ruleId === 'interaction.alcohol')).toBe(true);
  });
});

describe('creatinine as real charts code it (spec 1.2 §2.6)', () => {
  it('reads blood creatinine (38483-4 mass, 77140-2 moles) beside serum/plasma, and never urine', () => {
    const labs = summariseObservations([
      obs({ code: '38483-4', value: 1.1, unit: 'mg/dL', date: '2020-03-01' }),
      obs({ code: '77140-2', value: 97, unit: 'umol/L', date: '2019-06-01' }),
      obs({ code: '2160-0', value: 0.9, unit: 'mg/dL', date: '2017-01-01' }),
      obs({ code: '2161-8', value: 120, unit: 'mg/dL', date: '2021-01-01' }), // urine creatinine
    ]);
    expect(labs.creatinine.map((result) => [result.loinc, result.value, result.unit])).toEqual([
      ['38483-4', 1.1, 'mg/dL'],
      ['77140-2', 97, 'umol/L'],
      ['2160-0', 0.9, 'mg/dL'],
    ]);
  });

  it('orders by instant, not by text: offsets are compared as time', () => {
    const labs = summariseObservations([
      obs({ code: '2160-0', value: 1.0, unit: 'mg/dL', date: '2020-03-01T01:00:00+05:00' }),
      obs({ code: '2160-0', value: 1.3, unit: 'mg/dL', date: '2020-02-29T22:00:00Z' }),
    ]);
    // 01:00 at +05:00 is 20:00 UTC the day before: the Z result is the newer one.
    expect(labs.creatinine.map((result) => result.value)).toEqual([1.3, 1.0]);
  });

  it('two different results at the same instant: both kept, the higher first (it is the one used)', () => {
    const labs = summariseObservations([
      obs({ code: '2160-0', value: 1.0, unit: 'mg/dL', date: '2024-05-02T08:00:00Z', id: 'a' }),
      obs({ code: '38483-4', value: 1.54, unit: 'mg/dL', date: '2024-05-02T08:00:00Z', id: 'b' }),
      obs({ code: '2160-0', value: 0.9, unit: 'mg/dL', date: '2023-01-01', id: 'c' }),
    ]);
    expect(labs.creatinine.map((result) => result.value)).toEqual([1.54, 1.0, 0.9]);
    expect(
      sameInstantCreatinine(labs.creatinine).map((group) => group.map((result) => result.value)),
    ).toEqual([[1.54, 1.0]]);
  });
});

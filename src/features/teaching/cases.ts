/**
 * The teaching case library (issue 9). Each case is data: a vignette, what the resident should learn
 * and ask, the inputs the rules module runs on, and `keyFacts` — every fact the text states about the
 * answer. tests/unit/teaching runs the rules on every case and fails if a stated fact is wrong, so the
 * text cannot drift from the rules. The answer itself is always computed, never written here.
 */
import type { TeachingCase } from './caseTypes';

/** A Monday, fixed so every reader of a case sees the same plan dates. */
const START = '2025-03-03';

export const TEACHING_CASES: readonly TeachingCase[] = [
  {
    id: 'estimators-disagree',
    title: 'Two estimators, two bands',
    topic: 'Renal function',
    teaser: 'A young, heavy man: Cockcroft–Gault looks normal, CKD-EPI does not. Which one sets the dose?',
    vignette:
      'Marc, 30, a scaffolder, asks for help cutting down after a drink-driving charge; he drinks about 100 g ' +
      'of alcohol a day. He weighs 110 kg; his height was not recorded. Routine bloods show a serum creatinine ' +
      'of 1.3 mg/dL. You plan the flexible Baclocur titration (up to 80 mg/day).',
    objectives: [
      'Compute Cockcroft–Gault CrCl and CKD-EPI 2021 eGFR from the same creatinine.',
      'Apply the rule that the more conservative of the two bands is used.',
      'Explain why a missing height can make Cockcroft–Gault look reassuring.',
    ],
    questions: [
      'Which estimator decides the band?',
      'Which band does each estimator give?',
      'What happens to the start dose, the step size and the cap?',
      'What would you ask the clinic to record before the next visit?',
    ],
    inputs: {
      renal: { ageYears: 30, sex: 'male', weightKg: 110, creatinine: { value: 1.3, unit: 'mg/dL' } },
      regimenId: 'baclocur-80',
      startDate: START,
    },
    keyFacts: {
      weightBasis: 'actual',
      bandByCrcl: 'normal',
      bandByEgfr: 'mild',
      band: 'mild',
      decidedBy: 'ckd-epi-2021',
      doseFactor: 2 / 3,
      capMgPerDay: 50,
      findingRuleIds: ['renal.height-missing', 'renal.recheck-creatinine'],
    },
    discussion: [
      'Without a height, Cockcroft–Gault has to use his actual weight and lands in the normal band; CKD-EPI 2021 does not use weight and lands in the mild band.',
      'bacloplan uses the more conservative band, so CKD-EPI 2021 decides: start dose, step size and cap are multiplied by 2/3 — the 80 mg/day cap becomes 50 mg/day (53.3 rounded down to whole 5 mg units).',
      'Recording his height lets the weight basis follow body size — see the what-if below.',
    ],
    whatIfs: [
      {
        id: 'height-recorded',
        label: 'Height 188 cm recorded',
        changes: { renal: { heightCm: 188 } },
        keyFacts: { weightBasis: 'adjusted', band: 'mild', decidedBy: 'ckd-epi-2021' },
      },
    ],
  },
  {
    id: 'elderly-woman-severe',
    title: 'Frail at 80: Cockcroft–Gault decides',
    topic: 'Renal function',
    teaser: 'A creatinine that looks unremarkable puts an 80-year-old woman in the severe band.',
    vignette:
      'Mrs Dubois, 80, lives alone and has been drinking a bottle of wine a day since her husband died. She ' +
      'weighs 55 kg; height not recorded. Serum creatinine 1.4 mg/dL. Her GP asks whether the 30 mg/day ' +
      'Addolorato scheme would be reasonable.',
    objectives: [
      'See how age and low body weight pull Cockcroft–Gault below CKD-EPI 2021.',
      'Recognise the severe-band hard stop and what an override requires.',
      'Connect the Beers criteria warning to age and eGFR.',
    ],
    questions: [
      'Which estimator decides the band?',
      'Can bacloplan produce a plan without a specialist override?',
      'What warning applies because of her age?',
      'If a specialist overrides, what happens to the cap?',
    ],
    inputs: {
      renal: { ageYears: 80, sex: 'female', weightKg: 55, creatinine: { value: 1.4, unit: 'mg/dL' } },
      regimenId: 'addolorato-30',
      startDate: START,
    },
    keyFacts: {
      crclMlMin: 27.8,
      egfrMlMin173: 38.0,
      bandByCrcl: 'severe',
      bandByEgfr: 'moderate',
      band: 'severe',
      decidedBy: 'cockcroft-gault',
      blocked: true,
      findingRuleIds: ['renal.severe-hard-stop', 'renal.beers-elderly'],
    },
    discussion: [
      'Cockcroft–Gault (27.8 mL/min) is in the severe band while CKD-EPI 2021 (38.0) is in the moderate band; the more conservative band is used, so Cockcroft–Gault decides.',
      'The severe band is a hard stop: no plan is produced until a specialist records an override with a reason.',
      'Age ≥ 65 with eGFR < 60 also raises the Beers 2023 warning.',
      'With an override, start dose, step size and cap are multiplied by 1/3: the 30 mg/day cap becomes 10 mg/day.',
    ],
    whatIfs: [
      {
        id: 'override',
        label: 'Specialist override recorded',
        changes: { override: { reason: 'Renal and addiction specialists agree; daily nurse visits.' } },
        keyFacts: { blocked: false, capMgPerDay: 10 },
      },
    ],
  },
  {
    id: 'obesity-weight-basis',
    title: 'Obesity: which weight goes into Cockcroft–Gault?',
    topic: 'Renal function',
    teaser: 'The worked example from the spec: 50-year-old man, 175 cm, 120 kg, creatinine 1.0 mg/dL.',
    vignette:
      'Mr Okafor, 50, is 175 cm tall and weighs 120 kg. He has alcohol-related fatty liver disease and wants ' +
      'to stop drinking. Serum creatinine 1.0 mg/dL. You plan Addolorato 60 mg/day.',
    objectives: [
      'Compute ideal body weight (Devine) and adjusted body weight.',
      'Apply the weight-basis rule (which body weight Cockcroft–Gault uses).',
      'Compare the clearance with the one actual weight would give.',
    ],
    questions: [
      'Which weight does bacloplan put into Cockcroft–Gault, and why?',
      'What CrCl results?',
      'What would actual weight give — and does it change the band here?',
    ],
    inputs: {
      renal: {
        ageYears: 50,
        sex: 'male',
        weightKg: 120,
        heightCm: 175,
        creatinine: { value: 1.0, unit: 'mg/dL' },
      },
      regimenId: 'addolorato-60',
      startDate: START,
    },
    keyFacts: {
      weightBasis: 'adjusted',
      weightUsedKg: 90.3,
      crclMlMin: 112.8,
      egfrMlMin173: 91.7,
      band: 'normal',
      doseFactor: 1,
      capMgPerDay: 60,
    },
    discussion: [
      'His weight is more than 1.2 × his ideal body weight, so adjusted body weight (90.3 kg) goes into Cockcroft–Gault.',
      'CrCl is 112.8 mL/min and eGFR 91.7: both normal, so the regimen cap of 60 mg/day stands.',
      'With actual weight CrCl would be 150 mL/min: the band is the same here, but in a patient with higher creatinine actual weight could hide an impairment.',
    ],
    whatIfs: [
      {
        id: 'actual-weight',
        label: 'Actual weight used',
        changes: { renal: { weightBasis: 'actual' } },
        keyFacts: { weightBasis: 'actual', crclMlMin: 150, band: 'normal' },
      },
    ],
  },
  {
    id: 'dialysis-hard-stop',
    title: 'Haemodialysis: a hard stop',
    topic: 'Renal function',
    teaser: 'End-stage kidney disease on haemodialysis: why creatinine-based numbers stop mattering.',
    vignette:
      'Mr Haddad, 58, has end-stage kidney disease on haemodialysis three times a week. He drinks heavily on ' +
      'non-dialysis days. Pre-dialysis creatinine 6.5 mg/dL; 70 kg, 172 cm. The renal team asks whether ' +
      'baclofen could help with his craving, using the 30 mg/day Addolorato scheme.',
    objectives: [
      'Recognise dialysis as a band of its own, decided by status rather than by a number.',
      'Explain why: baclofen is mostly excreted unchanged and is removed by haemodialysis.',
      'Know what a specialist override allows.',
    ],
    questions: [
      'Which band applies, and what decides it?',
      'Do the CrCl and eGFR values mean anything here?',
      'What is the most a specialist override allows?',
    ],
    inputs: {
      renal: {
        ageYears: 58,
        sex: 'male',
        weightKg: 70,
        heightCm: 172,
        creatinine: { value: 6.5, unit: 'mg/dL' },
        onDialysis: true,
      },
      regimenId: 'addolorato-30',
      startDate: START,
    },
    keyFacts: {
      band: 'dialysis',
      decidedBy: 'dialysis',
      doseFactor: 0,
      blocked: true,
      findingRuleIds: ['renal.dialysis-hard-stop'],
    },
    discussion: [
      'On dialysis the band is "dialysis" whatever the estimates say: creatinine-based clearance does not describe kidney function between sessions.',
      'It is a hard stop: no plan without a specialist override with a recorded reason.',
      'If overridden, the label maximum of 5 mg/day applies (see the what-if).',
    ],
    whatIfs: [
      {
        id: 'override',
        label: 'Specialist override recorded',
        changes: { override: { reason: 'Nephrology and addiction team decision; dosed after dialysis.' } },
        keyFacts: { blocked: false, capMgPerDay: 5, maxMgPerDay: 5 },
      },
    ],
  },
  {
    id: 'elderly-beers',
    title: 'Beers criteria at 72',
    topic: 'Renal function',
    teaser:
      'The spec’s worked example: 72-year-old man, creatinine 150 µmol/L — moderate band and a Beers warning.',
    vignette:
      'Mr Laurent, 72, retired, drinks six to eight units a day and has fallen twice this winter. He weighs ' +
      '70 kg; height not recorded. Serum creatinine 150 µmol/L. You consider the 30 mg/day Addolorato scheme.',
    objectives: [
      'Convert creatinine from µmol/L to mg/dL before using the formulas.',
      'Apply the moderate-band factors to the cap and to the step interval.',
      'Explain the Beers 2023 warning and the early, dose-related encephalopathy risk.',
    ],
    questions: [
      'Which estimator decides the band?',
      'What happens to the cap?',
      'What does the Beers criteria warning ask of you, and when is the risk highest?',
    ],
    inputs: {
      renal: { ageYears: 72, sex: 'male', weightKg: 70, creatinine: { value: 150, unit: 'umol/L' } },
      regimenId: 'addolorato-30',
      startDate: START,
    },
    keyFacts: {
      crclMlMin: 39.0,
      egfrMlMin173: 42.4,
      band: 'moderate',
      decidedBy: 'cockcroft-gault',
      doseFactor: 1 / 2,
      capMgPerDay: 15,
      firstDayMg: 5,
      blocked: false,
      findingRuleIds: ['renal.beers-elderly', 'renal.recheck-creatinine', 'plan.target-limited'],
    },
    discussion: [
      'Both estimators fall in the moderate band (a tie is attributed to Cockcroft–Gault, the estimator of the dose-adjustment study).',
      'Moderate band: start dose, step size and cap × 1/2 and the step interval doubled — the 30 mg/day cap becomes 15 mg/day.',
      'The start dose halves too: 15 × 1/2 = 7.5 mg/day, rounded down to 5 mg/day — well below the 20 mg/day starting dose linked to encephalopathy (Muanda 2019).',
      'Age ≥ 65 with eGFR < 60: Beers 2023 says avoid; if used, the lowest effective dose, watching for confusion in the first days.',
    ],
  },
  {
    id: 'fixed-vs-flexible',
    title: 'Fixed or flexible? Same patient, two schemes',
    topic: 'Regimens',
    teaser: 'A trial’s fixed 60 mg/day scheme against the flexible Baclocur titration, for the same woman.',
    vignette:
      'Ms Martin, 45, weighs 60 kg and has a serum creatinine of 0.8 mg/dL; she takes no other medicines. ' +
      'She wants to drink less rather than stop. You are choosing between Addolorato 60 mg/day (a fixed ' +
      'trial scheme) and Baclocur (flexible titration up to 80 mg/day).',
    objectives: [
      'Contrast a fixed target with an individual, capped titration.',
      'Read the two plans side by side: days to target, cap, how each ends.',
    ],
    questions: [
      'What are the cap and the target of each scheme?',
      'How does each plan end — taper or review?',
      'Which would you choose for a patient whose goal is controlled drinking?',
    ],
    inputs: {
      renal: { ageYears: 45, sex: 'female', weightKg: 60, creatinine: { value: 0.8, unit: 'mg/dL' } },
      regimenId: 'addolorato-60',
      startDate: START,
    },
    keyFacts: { band: 'normal', capMgPerDay: 60, targetMgPerDay: 60, daysToTarget: 10, endsWithTaper: true },
    discussion: [
      'The fixed scheme climbs by 15 mg/day every 3 days, reaches its 60 mg/day target on day 10 and, after 12 weeks, ends with a taper.',
      'The flexible scheme climbs by 10 mg/day every 3 days toward the 80 mg/day cap (reached on day 22 unless the goal comes first) and ends with a review date rather than a stop.',
    ],
    whatIfs: [
      {
        id: 'baclocur',
        label: 'Baclocur flexible titration',
        changes: { regimenId: 'baclocur-80' },
        keyFacts: { capMgPerDay: 80, daysToTarget: 22, endsWithTaper: false },
      },
    ],
  },
  {
    id: 'high-dose-thresholds',
    title: 'High dose: the 80, 120 and 180 mg/day thresholds',
    topic: 'Dose safety',
    teaser: 'A high-dose titration to 200 mg/day crosses three safety thresholds. What does each require?',
    vignette:
      'Mr Petit, 45, 82 kg and 180 cm, creatinine 0.9 mg/dL, has not reached his drinking goal at 80 mg/day. ' +
      'His addiction specialist plans the French RTU high-dose titration with an individual goal of ' +
      '200 mg/day.',
    objectives: [
      'Name the three dose thresholds and what each requires.',
      'Distinguish a threshold (a warning with an action) from the 300 mg/day ceiling (never planned).',
      'See how the French 2018 profile turns 80 mg/day into a cap.',
    ],
    questions: [
      'Which thresholds does the titration cross, and what does each require?',
      'What is the cap of this regimen?',
      'What changes under the French 2018 profile?',
    ],
    inputs: {
      renal: {
        ageYears: 45,
        sex: 'male',
        weightKg: 82,
        heightCm: 180,
        creatinine: { value: 0.9, unit: 'mg/dL' },
      },
      regimenId: 'rtu-300',
      params: { targetMgPerDay: 200 },
      startDate: START,
    },
    keyFacts: {
      band: 'normal',
      capMgPerDay: 300,
      targetMgPerDay: 200,
      maxMgPerDay: 200,
      daysToTarget: 58,
      findingRuleIds: ['threshold.80', 'threshold.120', 'threshold.180', 'monitor.sleep-apnoea'],
      absentFindingRuleIds: ['threshold.300'],
    },
    discussion: [
      'Above 80 mg/day: above the French authorised maximum. Above 120 mg/day: a second opinion. Above 180 mg/day: a collegial opinion from a specialist addiction service.',
      'At +10 mg/day every 3 days the 200 mg/day goal is reached on day 58; above 80 mg/day a sleep apnoea screen is added to the monitoring.',
      '300 mg/day is the cap of this regimen and the hard ceiling: never planned above it.',
      'Under the French 2018 profile 80 mg/day becomes the cap (see the what-if).',
    ],
    whatIfs: [
      {
        id: 'fr-2018',
        label: 'French 2018 profile',
        changes: { profile: 'fr-2018' },
        keyFacts: { capMgPerDay: 80, maxMgPerDay: 80 },
      },
    ],
  },
  {
    id: 'opioid-agonist-therapy',
    title: 'On methadone: do not stop OUD treatment',
    topic: 'Interactions',
    teaser: 'A woman stable on methadone for opioid use disorder asks for help with alcohol.',
    vignette:
      'Ms Nguyen, 38, has been stable on methadone 90 mg daily for opioid use disorder for two years. Her ' +
      'drinking has crept up to 60 g a day. She also takes escitalopram. 64 kg, 168 cm, creatinine 0.7 mg/dL. ' +
      'You consider the 30 mg/day Addolorato scheme.',
    objectives: [
      'Recognise the opioid–baclofen interaction (respiratory depression) and its severity.',
      'Know the FDA 2017 advice: do not stop opioid use disorder treatment.',
      'Plan the safeguards: low target, slow steps, naloxone.',
    ],
    questions: [
      'How serious is the methadone interaction, and what is the advice?',
      'Should methadone be reduced or stopped to make room for baclofen?',
      'Does the interaction change the cap bacloplan computes?',
    ],
    inputs: {
      renal: {
        ageYears: 38,
        sex: 'female',
        weightKg: 64,
        heightCm: 168,
        creatinine: { value: 0.7, unit: 'mg/dL' },
      },
      regimenId: 'addolorato-30',
      startDate: START,
      meds: ['methadone', 'escitalopram'],
    },
    keyFacts: {
      band: 'normal',
      capMgPerDay: 30,
      findingRuleIds: ['interaction.opioids'],
      unrecognized: [],
    },
    discussion: [
      'Methadone with baclofen is a major interaction (additive respiratory depression).',
      'Do not stop opioid use disorder treatment because of baclofen (FDA 2017); prefer a low target, slow steps and naloxone.',
      'The interaction does not change the computed cap: the 30 mg/day cap comes from the low-dose scheme chosen.',
    ],
    whatIfs: [
      {
        id: 'suboxone',
        label: 'Suboxone instead of methadone',
        changes: { meds: ['Suboxone', 'escitalopram'] },
        keyFacts: { findingRuleIds: ['interaction.opioids'], unrecognized: [] },
      },
    ],
  },
  {
    id: 'intolerance-step-back',
    title: 'Drowsy on day 13: stepping back',
    topic: 'Titration & taper',
    teaser: 'Intolerance during a flexible titration: step back, hold, retry.',
    vignette:
      'Mr Moreau, 52, 78 kg, 176 cm, creatinine 0.9 mg/dL, is on the flexible Baclocur titration. On day 13, ' +
      'just after a step up, he reports daytime drowsiness that worries him at work.',
    objectives: [
      'Apply the intolerance rule: step back to the last tolerated dose and hold before retrying.',
      'See how a hold delays the day the target is reached.',
    ],
    questions: [
      'What dose does he go back to, and for how long?',
      'When does the titration resume?',
      'How long can the hold be made, and why might you lengthen it?',
    ],
    inputs: {
      renal: {
        ageYears: 52,
        sex: 'male',
        weightKg: 78,
        heightCm: 176,
        creatinine: { value: 0.9, unit: 'mg/dL' },
      },
      regimenId: 'baclocur-80',
      params: { intoleranceDays: [13] },
      startDate: START,
    },
    keyFacts: {
      band: 'normal',
      capMgPerDay: 80,
      holdDays: 3,
      doseOnDay: [
        { day: 12, mg: 45 },
        { day: 13, mg: 45 },
        { day: 16, mg: 55 },
      ],
      daysToTarget: 25,
      findingRuleIds: ['plan.intolerance'],
    },
    discussion: [
      'On day 13 the planned step to 55 mg/day is not given: he steps back to 45 mg/day, the last tolerated dose, and holds it for 3 days (the default; 3–14 allowed).',
      'The titration retries 55 mg/day on day 16, so the 80 mg/day cap is reached on day 25 instead of day 22.',
    ],
    whatIfs: [
      {
        id: 'no-intolerance',
        label: 'No intolerance',
        changes: { params: {} },
        keyFacts: { holdDays: 0, daysToTarget: 22 },
      },
      {
        id: 'longer-hold',
        label: 'Hold 7 days',
        changes: { params: { intoleranceDays: [13], holdDays: 7 } },
        keyFacts: { holdDays: 7, daysToTarget: 29 },
      },
    ],
  },
  {
    id: 'taper-from-high-dose',
    title: 'Coming off 150 mg/day safely',
    topic: 'Titration & taper',
    teaser: 'A taper-only plan from a high dose: why the step size changes on the way down.',
    vignette:
      'Mr Garnier, 47, 90 kg, 183 cm, creatinine 0.9 mg/dL, has been abstinent for a year on 150 mg/day ' +
      'under the French RTU and wants to stop baclofen. He asks whether he can simply stop next week.',
    objectives: [
      'Explain why baclofen is never stopped abruptly.',
      'Apply the default taper: −15 mg/day every 3 days above 80 mg/day, then −10 mg/day every 3 days.',
      'See how renal impairment lengthens a taper.',
    ],
    questions: [
      'Why not stop abruptly?',
      'How does the step size change on the way down, and why?',
      'How long does the taper take, and what would moderate renal impairment change?',
    ],
    inputs: {
      renal: {
        ageYears: 47,
        sex: 'male',
        weightKg: 90,
        heightCm: 183,
        creatinine: { value: 0.9, unit: 'mg/dL' },
      },
      regimenId: 'rtu-300',
      mode: 'taper-only',
      currentDoseMgPerDay: 150,
      startDate: START,
    },
    keyFacts: {
      band: 'normal',
      firstDayMg: 150,
      doseOnDay: [
        { day: 4, mg: 135 },
        { day: 19, mg: 70 },
      ],
      taperDays: 43,
      endsWithTaper: true,
    },
    discussion: [
      'Abrupt withdrawal can cause hallucinations, seizures, hyperthermia and death: the plan starts at his current 150 mg/day and ends with a taper.',
      'Above 80 mg/day the default step is −15 mg/day (150 → 135 on day 4); at or below 80 mg/day it is −10 mg/day (80 → 70 on day 19), every 3 days. The plan reaches 0 on its 43rd day.',
      'In the moderate band the taper interval is doubled: the taper takes 85 days instead of 43 (see the what-if).',
    ],
    whatIfs: [
      {
        id: 'moderate-renal',
        label: 'Creatinine 1.9 mg/dL (moderate band)',
        changes: { renal: { creatinine: { value: 1.9, unit: 'mg/dL' } } },
        keyFacts: { band: 'moderate', firstDayMg: 150, taperDays: 85, endsWithTaper: true },
      },
    ],
  },
  {
    id: 'creatinine-unit-confusion',
    title: '150 mg/dL? A unit mix-up',
    topic: 'Renal function',
    teaser: 'A creatinine of 150 typed in mg/dL makes every renal number meaningless.',
    vignette:
      'Mr Roux, 66, 75 kg, 178 cm, is referred with a letter quoting "creatinine 150". The value was typed ' +
      'into the planner in mg/dL. You plan the 30 mg/day Addolorato scheme.',
    objectives: [
      'Spot an implausible creatinine and its likely unit.',
      'See why bacloplan asks the unit question first, never converts silently, and plans nothing until it is answered.',
      'Recompute with the right unit and compare.',
    ],
    questions: [
      'What band does the value as entered give, and is it believable?',
      'What does bacloplan do with a creatinine above 20 mg/dL — and can an override answer it?',
      'What band applies once the unit is corrected to µmol/L?',
    ],
    inputs: {
      renal: {
        ageYears: 66,
        sex: 'male',
        weightKg: 75,
        heightCm: 178,
        creatinine: { value: 150, unit: 'mg/dL' },
      },
      regimenId: 'addolorato-30',
      startDate: START,
    },
    keyFacts: {
      band: 'severe',
      blocked: true,
      findingRuleIds: ['renal.unit-unconfirmed', 'renal.severe-hard-stop', 'plan.blocked-unit-question'],
    },
    discussion: [
      'Entered as 150 mg/dL, the clearance is near zero: a severe-band hard stop that no clinician would believe.',
      'bacloplan asks the unit question before anything else (“Is this µmol/L?”), with both readings side by side. Only switching the unit or confirming it as entered answers it — never an override reason — and no plan is built until then. It never converts silently.',
      'Corrected to 150 µmol/L he is in the moderate band with a Beers warning (age ≥ 65, eGFR < 60).',
    ],
    whatIfs: [
      {
        id: 'unit-corrected',
        label: 'Unit corrected to µmol/L',
        changes: { renal: { creatinine: { value: 150, unit: 'umol/L' } } },
        keyFacts: {
          band: 'moderate',
          blocked: false,
          findingRuleIds: ['renal.beers-elderly'],
          absentFindingRuleIds: ['renal.unit-unconfirmed'],
        },
      },
    ],
  },
  {
    id: 'mild-renal-cap',
    title: 'Mild impairment: what happens to the cap?',
    topic: 'Dose safety',
    teaser: 'The spec’s first worked example on the Baclocur titration: a 2/3 factor meets 5 mg tablets.',
    vignette:
      'Mr Bernard, 60, 80 kg, height not recorded, creatinine 1.2 mg/dL, starts the flexible Baclocur ' +
      'titration (up to 80 mg/day).',
    objectives: [
      'Apply the mild-band factor (2/3) to start dose, step size and cap.',
      'See how rounding to dispensable units interacts with the renal-adjusted cap (never above it).',
    ],
    questions: [
      'Which band applies, and which estimator decides it?',
      'What happens to the cap?',
      'Why is the highest planned dose not exactly 2/3 of 80 mg/day?',
    ],
    inputs: {
      renal: { ageYears: 60, sex: 'male', weightKg: 80, creatinine: { value: 1.2, unit: 'mg/dL' } },
      regimenId: 'baclocur-80',
      startDate: START,
    },
    keyFacts: {
      crclMlMin: 74.1,
      egfrMlMin173: 69.2,
      band: 'mild',
      decidedBy: 'cockcroft-gault',
      doseFactor: 2 / 3,
      capMgPerDay: 50,
      firstDayMg: 10,
      doseOnDay: [{ day: 4, mg: 15 }],
      daysToTarget: 25,
    },
    discussion: [
      'CrCl 74.1 mL/min and eGFR 69.2 are both in the mild band: start dose, step size and cap × 2/3.',
      'Cap: 80 × 2/3 = 53.3 mg/day, rounded down to whole 5 mg units — 50 mg/day. Rounding never goes above the cap.',
      'Start: 15 × 2/3 = 10 mg/day. Step: 10 × 2/3 = 6.7, rounded down to 5 mg/day (10 → 15 on day 4), so the 50 mg/day cap is reached on day 25.',
    ],
  },
  {
    id: 'responder-goal-reached',
    title: 'Drinking falls: when to stop escalating',
    topic: 'Titration & taper',
    teaser: 'Follow-up visits on a flexible titration: the goal at two visits in a row.',
    vignette:
      'Mr Lambert, 48, 82 kg, 178 cm, creatinine 0.9 mg/dL, starts the flexible Baclocur titration. You see him ' +
      'every two weeks. At the first visit he still drinks 6 standard drinks (10 g) a day, craving 7/10; at the ' +
      'second 3 drinks a day, craving 4/10; at the third 2 drinks a day, craving 2/10. He takes every dose as planned ' +
      'and reports no side effects.',
    objectives: [
      'Convert standard drinks into g/day and compare with the low-risk limit (≤ 40 g/day for men).',
      'Apply the follow-up rule: the goal must be met at two visits in a row before escalation stops.',
    ],
    questions: [
      'What do the rules suggest at each visit, and why not stop at the second?',
      'From which dose does the plan continue after each visit?',
    ],
    inputs: {
      renal: {
        ageYears: 48,
        sex: 'male',
        weightKg: 82,
        heightCm: 178,
        creatinine: { value: 0.9, unit: 'mg/dL' },
      },
      regimenId: 'baclocur-80',
      startDate: START,
      visits: [
        { date: '2025-03-17', drinksPerDay: 6, drinkSizeG: 10, cravingScore: 7 },
        { date: '2025-03-31', drinksPerDay: 3, drinkSizeG: 10, cravingScore: 4 },
        { date: '2025-04-14', drinksPerDay: 2, drinkSizeG: 10, cravingScore: 2 },
      ],
    },
    keyFacts: {
      band: 'normal',
      visitActions: ['continue', 'continue', 'maintain'],
      endsWithTaper: false,
    },
    discussion: [
      'First visit: 6 × 10 g = 60 g/day, above the 40 g/day low-risk limit for men, and craving 7/10: the goal is not met, so the titration continues from the dose he takes.',
      'Second visit: 3 × 10 g = 30 g/day meets the goal — but only once. The rules wait for a second visit in a row before stopping, so the titration continues.',
      'Third visit: 20 g/day and craving 2/10 meet the goal again: escalation stops and the dose he takes becomes the maintenance dose (Baclocur SmPC target); the flexible plan then ends with a review date, not a taper.',
    ],
  },
  {
    id: 'intolerance-then-taper',
    title: 'Dizzy twice at the same dose, then no effect',
    topic: 'Titration & taper',
    teaser: 'A side effect at the same dose twice sets the individual maximum; no effect there → reassess.',
    vignette:
      'Mrs Girard, 60, 65 kg, 165 cm, creatinine 0.7 mg/dL (mild band on her ideal weight), is on the flexible ' +
      'Baclocur titration. Three weeks in ' +
      'she reports troublesome dizziness; a week later, back at the same dose after the hold, the dizziness returns. ' +
      'Two weeks later she tolerates the lower dose but still drinks 4 standard drinks (10 g) a day, craving 6/10, ' +
      'and six weeks after that nothing has changed.',
    objectives: [
      'Apply the intolerance rule at a visit: step back, hold, retry once; the same dose not tolerated again becomes the ceiling.',
      'Recognise no effect at the maximum tolerated dose after six weeks: reassess, consider a taper (Baclocur SmPC §4.2).',
    ],
    questions: [
      'What is suggested at each of the four visits?',
      'What is her individual maximum, and why does the plan never go above it again?',
      'Why is the last suggestion a taper and not an abrupt stop?',
    ],
    inputs: {
      renal: {
        ageYears: 60,
        sex: 'female',
        weightKg: 65,
        heightCm: 165,
        creatinine: { value: 0.7, unit: 'mg/dL' },
      },
      regimenId: 'baclocur-80',
      startDate: START,
      visits: [
        {
          date: '2025-03-24',
          drinksPerDay: 5,
          drinkSizeG: 10,
          cravingScore: 7,
          sideEffects: { dizziness: 'troublesome' },
        },
        {
          date: '2025-03-31',
          // Back at the dose of the first visit after the hold: the retry.
          doseTakenMgPerDay: 45,
          drinksPerDay: 4,
          drinkSizeG: 10,
          cravingScore: 6,
          sideEffects: { dizziness: 'troublesome' },
        },
        { date: '2025-04-14', drinksPerDay: 4, drinkSizeG: 10, cravingScore: 6 },
        { date: '2025-05-26', drinksPerDay: 4, drinkSizeG: 10, cravingScore: 6 },
      ],
    },
    keyFacts: {
      band: 'mild',
      visitActions: ['step-back', 'step-back', 'continue', 'reassess-taper'],
      endsWithTaper: true,
    },
    discussion: [
      'First visit: troublesome dizziness at the dose she takes — the intolerance rule steps back one step, holds 3 days, then retries that dose once.',
      'Second visit: the same dose is not tolerated again, so the dose one step below becomes her maintenance dose, the individual maximum; every later re-plan keeps it as its ceiling.',
      'Third visit: tolerated, but 40 g/day is above the 20 g/day low-risk limit for women and craving is 6/10: the rules continue from the dose she takes, which is already her maximum.',
      'Fourth visit: six weeks at her maximum without effect — the Baclocur SmPC asks to reassess; the suggested re-plan is a taper from the dose she takes, never an abrupt stop.',
    ],
  },
];

/** The case with this URL slug, or undefined. */
export function getTeachingCase(id: string): TeachingCase | undefined {
  return TEACHING_CASES.find((teachingCase) => teachingCase.id === id);
}

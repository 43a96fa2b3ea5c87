/**
 * The drug dictionary behind the §6 interaction check, written to be reviewed by a pharmacist.
 *
 * Each entry: generic name (INN; the US name is listed as a synonym where it differs), brand names
 * (US/UK/FR/AU where well known), the §6 class it belongs to, and the RxNorm ingredient code (RxCUI).
 * RxCUIs are given only where the author was confident of them; an entry without one is still matched
 * by name. Matching is case-, accent- and punctuation-insensitive and by whole words, so "Séresta 10mg"
 * matches "Séresta". Brands of single-ingredient-in-dictionary combinations (e.g. Percocet =
 * oxycodone + paracetamol, where paracetamol has no row) are listed under that ingredient; products
 * combining two dictionary drugs are in `COMBINATION_PRODUCTS` so each ingredient is reported.
 *
 * `unspecified` entries catch class words a prescriber may type ("opioids", "benzo") so they are
 * checked rather than reported as unrecognised; they are dropped when the same text also names a
 * specific drug of that class ("diazepam (benzodiazepine)").
 */
import type { DrugClassId } from './interaction-classes';

export interface DrugEntry {
  /** Generic (INN) name, lower case; this is the finding's `subject`. */
  generic: string;
  classId: DrugClassId;
  brands?: readonly string[];
  /** Other generic spellings and names (USAN, BAN, French INN, salts, common abbreviations). */
  synonyms?: readonly string[];
  /** RxNorm ingredient RxCUI(s); omitted where not certain. */
  rxcui?: string | readonly string[];
  /** A class word, not a drug: the finding names the class. */
  unspecified?: boolean;
}

/** A branded product that contains two or more dictionary drugs; each is reported. */
export interface CombinationProduct {
  brand: string;
  generics: readonly string[];
}

export const DRUGS: readonly DrugEntry[] = [
  // ── alcohol ──────────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'alcohol',
    classId: 'alcohol',
    synonyms: ['ethanol', 'ethyl alcohol', 'alcool', 'alcoholic drinks', 'beer', 'wine'],
    rxcui: '448',
  },

  // ── opioids ──────────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'morphine',
    classId: 'opioids',
    brands: [
      'MS Contin',
      'Kadian',
      'Oramorph',
      'Sevredol',
      'Zomorph',
      'MST Continus',
      'Skenan',
      'Actiskenan',
      'Moscontin',
    ],
    rxcui: '7052',
  },
  {
    generic: 'oxycodone',
    classId: 'opioids',
    // Percocet contains paracetamol (no §6 row).
    brands: [
      'OxyContin',
      'OxyNorm',
      'Oxynormoro',
      'Roxicodone',
      'Endone',
      'Xtampza',
      'Percocet',
      'Longtec',
      'Shortec',
    ],
    rxcui: '7804',
  },
  {
    generic: 'tramadol',
    classId: 'opioids',
    // Ultracet, Tramacet, Ixprim and Zaldiar contain paracetamol.
    brands: [
      'Ultram',
      'Ultracet',
      'ConZip',
      'Zydol',
      'Zamadol',
      'Tramacet',
      'Tramal',
      'Topalgic',
      'Contramal',
      'Zamudol',
      'Monoalgic',
      'Ixprim',
      'Zaldiar',
    ],
    rxcui: '10689',
  },
  {
    generic: 'codeine',
    classId: 'opioids',
    // All listed brands are codeine + paracetamol.
    brands: ['Tylenol with Codeine', 'Tylenol 3', 'Tylenol 4', 'Codoliprane', 'Panadeine', 'Solpadeine'],
    synonyms: ['co-codamol'],
    rxcui: '2670',
  },
  {
    generic: 'dihydrocodeine',
    classId: 'opioids',
    brands: ['DF118', 'DHC Continus', 'Dicodin'],
    synonyms: ['co-dydramol'],
  },
  {
    generic: 'fentanyl',
    classId: 'opioids',
    brands: [
      'Duragesic',
      'Durogesic',
      'Actiq',
      'Abstral',
      'Effentora',
      'Fentora',
      'Instanyl',
      'PecFent',
      'Subsys',
    ],
    rxcui: '4337',
  },
  {
    generic: 'methadone',
    classId: 'opioids',
    brands: ['Dolophine', 'Methadose', 'Physeptone', 'Biodone', 'Méthadone AP-HP'],
    synonyms: ['methadon', 'methadone hydrochloride'],
    rxcui: '6813',
  },
  {
    generic: 'buprenorphine',
    classId: 'opioids',
    brands: [
      'Subutex',
      'Sublocade',
      'Buvidal',
      'Butrans',
      'Temgesic',
      'Norspan',
      'Belbuca',
      'Orobupré',
      'Transtec',
      'Espranor',
    ],
    rxcui: '1819',
  },
  {
    generic: 'hydromorphone',
    classId: 'opioids',
    brands: ['Dilaudid', 'Palladone', 'Sophidone', 'Jurnista', 'Exalgo'],
    rxcui: '3423',
  },
  {
    generic: 'hydrocodone',
    classId: 'opioids',
    // Vicodin, Norco and Lortab contain paracetamol (acetaminophen).
    brands: ['Hysingla', 'Zohydro', 'Vicodin', 'Norco', 'Lortab'],
    rxcui: '5489',
  },
  { generic: 'tapentadol', classId: 'opioids', brands: ['Nucynta', 'Palexia'], rxcui: '787390' },
  { generic: 'pethidine', classId: 'opioids', brands: ['Demerol'], synonyms: ['meperidine'], rxcui: '6754' },
  { generic: 'oxymorphone', classId: 'opioids', brands: ['Opana'] },
  {
    generic: 'opium',
    classId: 'opioids',
    // Lamaline and Izalgi (France) contain opium powder with paracetamol.
    brands: ['Lamaline', 'Izalgi'],
    synonyms: ['opium tincture', 'laudanum', 'paregoric'],
  },
  {
    generic: 'opioid (unspecified)',
    classId: 'opioids',
    unspecified: true,
    synonyms: [
      'opioid',
      'opioids',
      'opiate',
      'opiates',
      'opioid analgesic',
      'opioid substitution treatment',
      'opioid agonist treatment',
    ],
  },

  // ── benzodiazepines ──────────────────────────────────────────────────────────────────────────────
  {
    generic: 'diazepam',
    classId: 'benzodiazepines',
    brands: ['Valium', 'Stesolid', 'Diazemuls', 'Valpam', 'Antenex', 'Diastat', 'Valtoco'],
    rxcui: '3322',
  },
  {
    generic: 'oxazepam',
    classId: 'benzodiazepines',
    brands: ['Séresta', 'Serax', 'Serepax', 'Alepam'],
    rxcui: '7781',
  },
  { generic: 'lorazepam', classId: 'benzodiazepines', brands: ['Ativan', 'Témesta'], rxcui: '6470' },
  { generic: 'alprazolam', classId: 'benzodiazepines', brands: ['Xanax', 'Kalma', 'Niravam'], rxcui: '596' },
  {
    generic: 'clonazepam',
    classId: 'benzodiazepines',
    brands: ['Rivotril', 'Klonopin', 'Paxam'],
    rxcui: '2598',
  },
  // Librax = chlordiazepoxide + clidinium (no §6 row for clidinium).
  { generic: 'chlordiazepoxide', classId: 'benzodiazepines', brands: ['Librium', 'Librax'], rxcui: '2356' },
  {
    generic: 'temazepam',
    classId: 'benzodiazepines',
    brands: ['Restoril', 'Normison', 'Temaze'],
    rxcui: '10355',
  },
  {
    generic: 'midazolam',
    classId: 'benzodiazepines',
    brands: ['Versed', 'Hypnovel', 'Buccolam', 'Epistatus', 'Nayzilam'],
    rxcui: '6960',
  },
  {
    generic: 'clorazepate',
    classId: 'benzodiazepines',
    brands: ['Tranxene', 'Tranxène'],
    synonyms: ['dipotassium clorazepate'],
  },
  { generic: 'nitrazepam', classId: 'benzodiazepines', brands: ['Mogadon', 'Alodorm'] },
  { generic: 'bromazepam', classId: 'benzodiazepines', brands: ['Lexomil', 'Lexotan'] },
  { generic: 'prazepam', classId: 'benzodiazepines', brands: ['Lysanxia'] },
  { generic: 'loprazolam', classId: 'benzodiazepines', brands: ['Havlane'] },
  { generic: 'lormetazepam', classId: 'benzodiazepines', brands: ['Noctamide'] },
  {
    generic: 'clobazam',
    classId: 'benzodiazepines',
    brands: ['Urbanyl', 'Frisium', 'Onfi', 'Sympazan'],
    rxcui: '21241',
  },
  { generic: 'triazolam', classId: 'benzodiazepines', brands: ['Halcion'] },
  { generic: 'ethyl loflazepate', classId: 'benzodiazepines', brands: ['Victan'], synonyms: ['loflazepate'] },
  { generic: 'nordazepam', classId: 'benzodiazepines', brands: ['Nordaz'], synonyms: ['desmethyldiazepam'] },
  { generic: 'clotiazepam', classId: 'benzodiazepines', brands: ['Vératran'] },
  { generic: 'estazolam', classId: 'benzodiazepines', brands: ['Nuctalon', 'ProSom'] },
  { generic: 'flunitrazepam', classId: 'benzodiazepines', brands: ['Rohypnol'] },
  {
    generic: 'benzodiazepine (unspecified)',
    classId: 'benzodiazepines',
    unspecified: true,
    synonyms: ['benzodiazepine', 'benzodiazepines', 'benzo', 'benzos', 'bzd'],
  },

  // ── gabapentinoids ───────────────────────────────────────────────────────────────────────────────
  // Horizant is gabapentin enacarbil, a gabapentin prodrug.
  {
    generic: 'gabapentin',
    classId: 'gabapentinoids',
    brands: ['Neurontin', 'Gralise', 'Horizant'],
    rxcui: '25480',
  },
  { generic: 'pregabalin', classId: 'gabapentinoids', brands: ['Lyrica'], rxcui: '187832' },
  {
    generic: 'gabapentinoid (unspecified)',
    classId: 'gabapentinoids',
    unspecified: true,
    synonyms: ['gabapentinoid', 'gabapentinoids'],
  },

  // ── sodium oxybate ───────────────────────────────────────────────────────────────────────────────
  {
    generic: 'sodium oxybate',
    classId: 'sodium-oxybate',
    // Xywav is the mixed-salt (low-sodium) oxybate; Alcover is licensed for AUD in Italy and Austria.
    brands: ['Xyrem', 'Xywav', 'Lumryz', 'Alcover'],
    synonyms: [
      'oxybate',
      'gamma-hydroxybutyrate',
      'gamma-hydroxybutyric acid',
      'sodium gamma-hydroxybutyrate',
      'GHB',
    ],
  },

  // ── Z-drugs and barbiturates ─────────────────────────────────────────────────────────────────────
  {
    generic: 'zolpidem',
    classId: 'z-drugs-barbiturates',
    brands: ['Ambien', 'Stilnox', 'Stilnoct', 'Edluar', 'Intermezzo', 'Zolpimist'],
    rxcui: '39993',
  },
  { generic: 'zopiclone', classId: 'z-drugs-barbiturates', brands: ['Imovane', 'Zimovane'] },
  { generic: 'eszopiclone', classId: 'z-drugs-barbiturates', brands: ['Lunesta'] },
  { generic: 'zaleplon', classId: 'z-drugs-barbiturates', brands: ['Sonata'] },
  {
    generic: 'phenobarbital',
    classId: 'z-drugs-barbiturates',
    brands: ['Gardénal', 'Alepsal', 'Luminal', 'Aparoxal'],
    synonyms: ['phenobarbitone'],
    rxcui: '8134',
  },
  { generic: 'butalbital', classId: 'z-drugs-barbiturates', brands: ['Fioricet', 'Fiorinal'] },
  { generic: 'pentobarbital', classId: 'z-drugs-barbiturates', brands: ['Nembutal'] },
  { generic: 'secobarbital', classId: 'z-drugs-barbiturates', brands: ['Seconal'] },
  { generic: 'amobarbital', classId: 'z-drugs-barbiturates', brands: ['Amytal'] },
  {
    generic: 'Z-drug or barbiturate (unspecified)',
    classId: 'z-drugs-barbiturates',
    unspecified: true,
    synonyms: ['z-drug', 'z-drugs', 'barbiturate', 'barbiturates'],
  },

  // ── other muscle relaxants ───────────────────────────────────────────────────────────────────────
  { generic: 'tizanidine', classId: 'muscle-relaxants', brands: ['Zanaflex', 'Sirdalud'], rxcui: '57258' },
  {
    generic: 'cyclobenzaprine',
    classId: 'muscle-relaxants',
    brands: ['Flexeril', 'Amrix', 'Fexmid'],
    rxcui: '21949',
  },
  { generic: 'carisoprodol', classId: 'muscle-relaxants', brands: ['Soma'], rxcui: '2101' },
  { generic: 'methocarbamol', classId: 'muscle-relaxants', brands: ['Robaxin', 'Lumirelax'], rxcui: '6845' },
  { generic: 'metaxalone', classId: 'muscle-relaxants', brands: ['Skelaxin'] },
  { generic: 'orphenadrine', classId: 'muscle-relaxants', brands: ['Norflex', 'Norgesic'] },
  { generic: 'chlorzoxazone', classId: 'muscle-relaxants', brands: ['Parafon Forte', 'Lorzone'] },
  { generic: 'dantrolene', classId: 'muscle-relaxants', brands: ['Dantrium', 'Ryanodex'] },
  {
    generic: 'muscle relaxant (unspecified)',
    classId: 'muscle-relaxants',
    unspecified: true,
    synonyms: ['muscle relaxant', 'muscle relaxants', 'myorelaxant', 'myorelaxants'],
  },

  // ── sedating antihistamines ──────────────────────────────────────────────────────────────────────
  {
    generic: 'hydroxyzine',
    classId: 'sedating-antihistamines',
    brands: ['Atarax', 'Vistaril', 'Ucerax'],
    rxcui: '5553',
  },
  {
    generic: 'promethazine',
    classId: 'sedating-antihistamines',
    brands: ['Phenergan', 'Avomine'],
    rxcui: '8745',
  },
  // Unisom is not listed: US Unisom products contain either doxylamine or diphenhydramine.
  { generic: 'doxylamine', classId: 'sedating-antihistamines', brands: ['Donormyl', 'Restavit'] },
  {
    generic: 'diphenhydramine',
    classId: 'sedating-antihistamines',
    // Benadryl = diphenhydramine in the US; UK "Benadryl Allergy" products are acrivastine/cetirizine.
    brands: ['Benadryl', 'Nytol', 'ZzzQuil'],
    rxcui: '3498',
  },
  {
    generic: 'chlorphenamine',
    classId: 'sedating-antihistamines',
    brands: ['Piriton', 'Chlor-Trimeton'],
    synonyms: ['chlorpheniramine'],
  },
  { generic: 'dexchlorpheniramine', classId: 'sedating-antihistamines', brands: ['Polaramine'] },
  {
    generic: 'alimemazine',
    classId: 'sedating-antihistamines',
    brands: ['Théralène'],
    synonyms: ['trimeprazine'],
  },
  { generic: 'cyproheptadine', classId: 'sedating-antihistamines', brands: ['Periactin', 'Périactine'] },
  {
    generic: 'sedating antihistamine (unspecified)',
    classId: 'sedating-antihistamines',
    unspecified: true,
    synonyms: ['sedating antihistamine', 'sedating antihistamines'],
  },

  // ── tricyclic antidepressants ────────────────────────────────────────────────────────────────────
  { generic: 'amitriptyline', classId: 'tricyclics', brands: ['Elavil', 'Laroxyl', 'Endep'], rxcui: '704' },
  { generic: 'clomipramine', classId: 'tricyclics', brands: ['Anafranil'], rxcui: '2597' },
  { generic: 'imipramine', classId: 'tricyclics', brands: ['Tofranil'], rxcui: '5691' },
  {
    generic: 'nortriptyline',
    classId: 'tricyclics',
    brands: ['Pamelor', 'Allegron', 'Aventyl'],
    rxcui: '7531',
  },
  {
    generic: 'doxepin',
    classId: 'tricyclics',
    brands: ['Sinequan', 'Silenor', 'Quitaxon', 'Deptran'],
    rxcui: '3638',
  },
  { generic: 'dosulepin', classId: 'tricyclics', brands: ['Prothiaden', 'Dothep'], synonyms: ['dothiepin'] },
  { generic: 'trimipramine', classId: 'tricyclics', brands: ['Surmontil'], rxcui: '10834' },
  { generic: 'desipramine', classId: 'tricyclics', brands: ['Norpramin'], rxcui: '3247' },
  { generic: 'lofepramine', classId: 'tricyclics', brands: ['Gamanil'] },
  {
    generic: 'tricyclic antidepressant (unspecified)',
    classId: 'tricyclics',
    unspecified: true,
    synonyms: [
      'tricyclic',
      'tricyclics',
      'tricyclic antidepressant',
      'tricyclic antidepressants',
      'TCA',
      'TCAs',
    ],
  },

  // ── mirtazapine, trazodone ───────────────────────────────────────────────────────────────────────
  {
    generic: 'mirtazapine',
    classId: 'mirtazapine-trazodone',
    brands: ['Remeron', 'Norset', 'Zispin', 'Avanza'],
    rxcui: '15996',
  },
  {
    generic: 'trazodone',
    classId: 'mirtazapine-trazodone',
    brands: ['Desyrel', 'Molipaxin', 'Oleptro', 'Trittico'],
    rxcui: '10737',
  },

  // ── antipsychotics ───────────────────────────────────────────────────────────────────────────────
  { generic: 'quetiapine', classId: 'antipsychotics', brands: ['Seroquel', 'Xeroquel'], rxcui: '51272' },
  { generic: 'olanzapine', classId: 'antipsychotics', brands: ['Zyprexa', 'Zypadhera'], rxcui: '61381' },
  { generic: 'chlorpromazine', classId: 'antipsychotics', brands: ['Largactil', 'Thorazine'], rxcui: '2403' },
  {
    generic: 'risperidone',
    classId: 'antipsychotics',
    brands: ['Risperdal', 'Perseris', 'Rykindo'],
    rxcui: '35636',
  },
  { generic: 'haloperidol', classId: 'antipsychotics', brands: ['Haldol', 'Serenace'], rxcui: '5093' },
  { generic: 'aripiprazole', classId: 'antipsychotics', brands: ['Abilify'], rxcui: '89013' },
  {
    generic: 'clozapine',
    classId: 'antipsychotics',
    brands: ['Clozaril', 'Leponex', 'Clopine', 'Denzapine', 'Zaponex'],
    rxcui: '2626',
  },
  { generic: 'cyamemazine', classId: 'antipsychotics', brands: ['Tercian'] },
  {
    generic: 'levomepromazine',
    classId: 'antipsychotics',
    brands: ['Nozinan'],
    synonyms: ['methotrimeprazine'],
  },
  { generic: 'loxapine', classId: 'antipsychotics', brands: ['Loxapac', 'Adasuve'] },
  { generic: 'tiapride', classId: 'antipsychotics', brands: ['Tiapridal'] },
  { generic: 'amisulpride', classId: 'antipsychotics', brands: ['Solian'] },
  { generic: 'paliperidone', classId: 'antipsychotics', brands: ['Invega', 'Xeplion', 'Trevicta'] },
  { generic: 'ziprasidone', classId: 'antipsychotics', brands: ['Geodon', 'Zeldox'] },
  { generic: 'lurasidone', classId: 'antipsychotics', brands: ['Latuda'] },
  { generic: 'zuclopenthixol', classId: 'antipsychotics', brands: ['Clopixol'], rxcui: '114176' },
  {
    generic: 'flupentixol',
    classId: 'antipsychotics',
    brands: ['Depixol', 'Fluanxol'],
    synonyms: ['flupenthixol'],
  },
  { generic: 'perphenazine', classId: 'antipsychotics', brands: ['Trilafon'], rxcui: '8076' },
  {
    generic: 'antipsychotic (unspecified)',
    classId: 'antipsychotics',
    unspecified: true,
    synonyms: ['antipsychotic', 'antipsychotics', 'neuroleptic', 'neuroleptics'],
  },

  // ── lithium ──────────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'lithium',
    classId: 'lithium',
    brands: [
      'Téralithe',
      'Priadel',
      'Camcolit',
      'Liskonum',
      'Li-Liquid',
      'Lithobid',
      'Quilonum',
      'Lithicarb',
    ],
    synonyms: ['lithium carbonate', 'lithium citrate'],
    // RxCUI of lithium carbonate, the usual prescribed salt.
    rxcui: '42351',
  },

  // ── levodopa ± carbidopa/benserazide ─────────────────────────────────────────────────────────────
  {
    generic: 'levodopa',
    classId: 'levodopa',
    // Sinemet, Stalevo, Rytary, Duodopa, Kinson: with carbidopa; Madopar/Modopar: with benserazide.
    brands: ['Sinemet', 'Madopar', 'Modopar', 'Stalevo', 'Rytary', 'Duodopa', 'Kinson', 'Inbrija'],
    synonyms: ['l-dopa', 'co-careldopa', 'co-beneldopa'],
    rxcui: '6375',
  },

  // ── antihypertensives ────────────────────────────────────────────────────────────────────────────
  // ACE inhibitors
  {
    generic: 'ramipril',
    classId: 'antihypertensives',
    brands: ['Altace', 'Tritace', 'Triatec', 'Ramace'],
    rxcui: '35296',
  },
  {
    generic: 'lisinopril',
    classId: 'antihypertensives',
    brands: ['Zestril', 'Prinivil', 'Qbrelis'],
    rxcui: '29046',
  },
  {
    generic: 'enalapril',
    classId: 'antihypertensives',
    brands: ['Vasotec', 'Renitec', 'Innovace', 'Amprace'],
    rxcui: '3827',
  },
  { generic: 'perindopril', classId: 'antihypertensives', brands: ['Coversyl', 'Aceon'], rxcui: '54552' },
  { generic: 'captopril', classId: 'antihypertensives', brands: ['Capoten', 'Lopril'], rxcui: '1998' },
  // Angiotensin receptor blockers
  { generic: 'losartan', classId: 'antihypertensives', brands: ['Cozaar'], rxcui: '52175' },
  { generic: 'valsartan', classId: 'antihypertensives', brands: ['Diovan', 'Tareg'], rxcui: '69749' },
  {
    generic: 'candesartan',
    classId: 'antihypertensives',
    brands: ['Atacand', 'Kenzen', 'Amias'],
    rxcui: '214354',
  },
  {
    generic: 'irbesartan',
    classId: 'antihypertensives',
    brands: ['Avapro', 'Aprovel', 'Karvea'],
    rxcui: '83818',
  },
  { generic: 'telmisartan', classId: 'antihypertensives', brands: ['Micardis', 'Pritor'], rxcui: '73494' },
  { generic: 'olmesartan', classId: 'antihypertensives', brands: ['Benicar', 'Olmetec', 'Alteis'] },
  // β-blockers
  {
    generic: 'metoprolol',
    classId: 'antihypertensives',
    brands: ['Lopressor', 'Toprol-XL', 'Betaloc', 'Seloken'],
    rxcui: '6918',
  },
  {
    generic: 'bisoprolol',
    classId: 'antihypertensives',
    brands: ['Cardicor', 'Concor', 'Cardensiel', 'Emcor'],
    rxcui: '19484',
  },
  {
    generic: 'atenolol',
    classId: 'antihypertensives',
    brands: ['Tenormin', 'Ténormine', 'Noten'],
    rxcui: '1202',
  },
  {
    generic: 'propranolol',
    classId: 'antihypertensives',
    brands: ['Inderal', 'Avlocardyl', 'Deralin', 'Hemangiol'],
    rxcui: '8787',
  },
  {
    generic: 'carvedilol',
    classId: 'antihypertensives',
    brands: ['Coreg', 'Kredex', 'Dilatrend', 'Eucardic'],
    rxcui: '20352',
  },
  {
    generic: 'nebivolol',
    classId: 'antihypertensives',
    brands: ['Bystolic', 'Nebilet', 'Temerit', 'Nebilox'],
  },
  { generic: 'labetalol', classId: 'antihypertensives', brands: ['Trandate'] },
  // Diuretics
  {
    generic: 'furosemide',
    classId: 'antihypertensives',
    brands: ['Lasix', 'Lasilix', 'Urex', 'Frusid'],
    synonyms: ['frusemide'],
    rxcui: '4603',
  },
  {
    generic: 'hydrochlorothiazide',
    classId: 'antihypertensives',
    brands: ['Microzide', 'Esidrex'],
    synonyms: ['HCTZ'],
    rxcui: '5487',
  },
  {
    generic: 'indapamide',
    classId: 'antihypertensives',
    brands: ['Natrilix', 'Fludex', 'Lozol', 'Dapa-Tabs'],
    rxcui: '5764',
  },
  {
    generic: 'bendroflumethiazide',
    classId: 'antihypertensives',
    brands: ['Aprinox', 'Neo-Naclex'],
    synonyms: ['bendrofluazide'],
    rxcui: '1369',
  },
  {
    generic: 'spironolactone',
    classId: 'antihypertensives',
    brands: ['Aldactone', 'CaroSpir', 'Spiractin'],
    rxcui: '9997',
  },
  {
    generic: 'chlortalidone',
    classId: 'antihypertensives',
    brands: ['Hygroton', 'Thalitone'],
    synonyms: ['chlorthalidone'],
    rxcui: '2409',
  },
  { generic: 'bumetanide', classId: 'antihypertensives', brands: ['Bumex', 'Burinex'] },
  { generic: 'eplerenone', classId: 'antihypertensives', brands: ['Inspra'] },
  { generic: 'amiloride', classId: 'antihypertensives', brands: ['Midamor', 'Modamide'] },
  // Calcium-channel blockers and others (same additive-hypotension mechanism)
  {
    generic: 'amlodipine',
    classId: 'antihypertensives',
    brands: ['Norvasc', 'Istin', 'Amlor'],
    rxcui: '17767',
  },
  {
    generic: 'nifedipine',
    classId: 'antihypertensives',
    brands: ['Adalat', 'Adalate', 'Procardia', 'Chronadalate'],
    rxcui: '7417',
  },
  {
    generic: 'diltiazem',
    classId: 'antihypertensives',
    brands: ['Cardizem', 'Tildiem', 'Tiazac'],
    rxcui: '3443',
  },
  {
    generic: 'verapamil',
    classId: 'antihypertensives',
    brands: ['Isoptin', 'Isoptine', 'Calan', 'Verelan'],
    rxcui: '11170',
  },
  { generic: 'lercanidipine', classId: 'antihypertensives', brands: ['Zanidip', 'Lercan'] },
  {
    generic: 'clonidine',
    classId: 'antihypertensives',
    brands: ['Catapres', 'Catapressan', 'Kapvay'],
    rxcui: '2599',
  },
  { generic: 'moxonidine', classId: 'antihypertensives', brands: ['Physiotens'] },
  { generic: 'doxazosin', classId: 'antihypertensives', brands: ['Cardura', 'Zoxan'], rxcui: '49276' },
  { generic: 'prazosin', classId: 'antihypertensives', brands: ['Minipress', 'Alpress'] },
  { generic: 'hydralazine', classId: 'antihypertensives', brands: ['Apresoline'], rxcui: '5470' },
  {
    generic: 'antihypertensive (unspecified)',
    classId: 'antihypertensives',
    unspecified: true,
    synonyms: [
      'antihypertensive',
      'antihypertensives',
      'ACE inhibitor',
      'ACE inhibitors',
      'ACEi',
      'ARB',
      'ARBs',
      'angiotensin receptor blocker',
      'beta blocker',
      'beta blockers',
      'betablocker',
      'diuretic',
      'diuretics',
      'calcium channel blocker',
    ],
  },

  // ── MAO inhibitors ───────────────────────────────────────────────────────────────────────────────
  { generic: 'phenelzine', classId: 'maois', brands: ['Nardil'], rxcui: '8123' },
  { generic: 'tranylcypromine', classId: 'maois', brands: ['Parnate'], rxcui: '10734' },
  { generic: 'selegiline', classId: 'maois', brands: ['Eldepryl', 'Emsam', 'Zelapar'], rxcui: '9639' },
  { generic: 'isocarboxazid', classId: 'maois', brands: ['Marplan'] },
  { generic: 'moclobemide', classId: 'maois', brands: ['Manerix', 'Aurorix', 'Moclamine'] },
  { generic: 'rasagiline', classId: 'maois', brands: ['Azilect'] },
  { generic: 'iproniazid', classId: 'maois', brands: ['Marsilid'] },
  {
    generic: 'MAO inhibitor (unspecified)',
    classId: 'maois',
    unspecified: true,
    synonyms: ['MAOI', 'MAOIs', 'MAO inhibitor', 'MAO inhibitors', 'monoamine oxidase inhibitor'],
  },

  // ── antidiabetics ────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'insulin',
    classId: 'antidiabetics',
    brands: [
      'Lantus',
      'Toujeo',
      'Abasaglar',
      'Basaglar',
      'Semglee',
      'Levemir',
      'Tresiba',
      'Humalog',
      'Lyumjev',
      'Admelog',
      'NovoRapid',
      'NovoLog',
      'Fiasp',
      'Apidra',
      'Humulin',
      'Novolin',
      'Actrapid',
      'Insulatard',
      'Mixtard',
      'Umuline',
      'Insuman',
    ],
    synonyms: [
      'insulin glargine',
      'insulin lispro',
      'insulin aspart',
      'insulin detemir',
      'insulin degludec',
      'insulin glulisine',
      'insulin human',
      'human insulin',
      'regular insulin',
      'soluble insulin',
      'isophane insulin',
      'insulin isophane',
      'NPH insulin',
    ],
    // glargine, lispro, aspart
    rxcui: ['274783', '86009', '51428'],
  },
  {
    generic: 'metformin',
    classId: 'antidiabetics',
    brands: ['Glucophage', 'Stagid', 'Diabex', 'Glumetza', 'Fortamet', 'Riomet'],
    rxcui: '6809',
  },
  { generic: 'gliclazide', classId: 'antidiabetics', brands: ['Diamicron', 'Glyade'] },
  {
    generic: 'glipizide',
    classId: 'antidiabetics',
    brands: ['Glucotrol', 'Minidiab', 'Glibénèse'],
    rxcui: '4821',
  },
  { generic: 'glimepiride', classId: 'antidiabetics', brands: ['Amaryl', 'Amarel'], rxcui: '25789' },
  {
    generic: 'glibenclamide',
    classId: 'antidiabetics',
    brands: ['Daonil', 'Diabeta', 'Micronase', 'Glynase', 'Euglucon'],
    synonyms: ['glyburide'],
    rxcui: '4815',
  },
  { generic: 'repaglinide', classId: 'antidiabetics', brands: ['Prandin', 'NovoNorm'] },
  { generic: 'pioglitazone', classId: 'antidiabetics', brands: ['Actos'], rxcui: '33738' },
  { generic: 'sitagliptin', classId: 'antidiabetics', brands: ['Januvia', 'Xelevia'], rxcui: '593411' },
  { generic: 'empagliflozin', classId: 'antidiabetics', brands: ['Jardiance'], rxcui: '1545653' },
  { generic: 'dapagliflozin', classId: 'antidiabetics', brands: ['Forxiga', 'Farxiga'], rxcui: '1488564' },
  { generic: 'liraglutide', classId: 'antidiabetics', brands: ['Victoza', 'Saxenda'], rxcui: '475968' },
  {
    generic: 'semaglutide',
    classId: 'antidiabetics',
    brands: ['Ozempic', 'Rybelsus', 'Wegovy'],
    rxcui: '1991302',
  },
  { generic: 'dulaglutide', classId: 'antidiabetics', brands: ['Trulicity'], rxcui: '1551291' },
  { generic: 'tirzepatide', classId: 'antidiabetics', brands: ['Mounjaro', 'Zepbound'] },
  {
    generic: 'antidiabetic (unspecified)',
    classId: 'antidiabetics',
    unspecified: true,
    synonyms: [
      'antidiabetic',
      'antidiabetics',
      'sulfonylurea',
      'sulfonylureas',
      'sulphonylurea',
      'sulphonylureas',
      'oral hypoglycaemic',
      'oral hypoglycemic',
    ],
  },

  // ── NSAIDs, aminoglycosides, other nephrotoxic drugs ─────────────────────────────────────────────
  {
    generic: 'ibuprofen',
    classId: 'nephrotoxic',
    brands: ['Advil', 'Motrin', 'Nurofen', 'Brufen', 'Spedifen'],
    rxcui: '5640',
  },
  {
    generic: 'naproxen',
    classId: 'nephrotoxic',
    brands: ['Naprosyn', 'Aleve', 'Apranax', 'Anaprox', 'Naprogesic', 'Naprelan'],
    rxcui: '7258',
  },
  {
    generic: 'diclofenac',
    classId: 'nephrotoxic',
    // Arthrotec = diclofenac + misoprostol.
    brands: ['Voltaren', 'Voltarène', 'Voltarol', 'Cataflam', 'Zipsor', 'Zorvolex', 'Flector', 'Arthrotec'],
    rxcui: '3355',
  },
  {
    generic: 'ketoprofen',
    classId: 'nephrotoxic',
    brands: ['Orudis', 'Oruvail', 'Profénid', 'Bi-Profénid'],
    rxcui: '6142',
  },
  { generic: 'celecoxib', classId: 'nephrotoxic', brands: ['Celebrex'], rxcui: '140587' },
  { generic: 'meloxicam', classId: 'nephrotoxic', brands: ['Mobic', 'Vivlodex'], rxcui: '41493' },
  {
    generic: 'indometacin',
    classId: 'nephrotoxic',
    brands: ['Indocin', 'Indocid', 'Tivorbex'],
    synonyms: ['indomethacin'],
    rxcui: '5781',
  },
  { generic: 'ketorolac', classId: 'nephrotoxic', brands: ['Toradol', 'Sprix'], rxcui: '35827' },
  { generic: 'etoricoxib', classId: 'nephrotoxic', brands: ['Arcoxia'] },
  {
    generic: 'gentamicin',
    classId: 'nephrotoxic',
    brands: ['Garamycin', 'Gentalline', 'Cidomycin', 'Genticin'],
  },
  { generic: 'tobramycin', classId: 'nephrotoxic', brands: ['Tobi', 'Nebcin', 'Bramitob'], rxcui: '10627' },
  { generic: 'amikacin', classId: 'nephrotoxic', brands: ['Amikin', 'Arikayce'], rxcui: '641' },
  { generic: 'vancomycin', classId: 'nephrotoxic', brands: ['Vancocin', 'Firvanq'], rxcui: '11124' },
  {
    generic: 'amphotericin b',
    classId: 'nephrotoxic',
    brands: ['Fungizone', 'AmBisome', 'Abelcet'],
    rxcui: '732',
  },
  {
    generic: 'ciclosporin',
    classId: 'nephrotoxic',
    brands: ['Neoral', 'Sandimmune', 'Sandimmun', 'Gengraf'],
    synonyms: ['cyclosporine', 'cyclosporin'],
    rxcui: '3008',
  },
  {
    generic: 'tacrolimus',
    classId: 'nephrotoxic',
    brands: ['Prograf', 'Advagraf', 'Envarsus', 'Adoport'],
    rxcui: '42316',
  },
  { generic: 'cisplatin', classId: 'nephrotoxic', brands: ['Platinol'], rxcui: '2555' },
  {
    generic: 'NSAID (unspecified)',
    classId: 'nephrotoxic',
    unspecified: true,
    synonyms: ['NSAID', 'NSAIDs', 'AINS', 'non-steroidal anti-inflammatory'],
  },
  {
    generic: 'aminoglycoside (unspecified)',
    classId: 'nephrotoxic',
    unspecified: true,
    synonyms: ['aminoglycoside', 'aminoglycosides'],
  },

  // ── topiramate ───────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'topiramate',
    classId: 'topiramate',
    // Qsymia = phentermine + topiramate.
    brands: ['Topamax', 'Epitomax', 'Trokendi', 'Qudexy', 'Eprontia', 'Qsymia'],
    rxcui: '38404',
  },

  // ── SSRIs ────────────────────────────────────────────────────────────────────────────────────────
  { generic: 'sertraline', classId: 'ssris', brands: ['Zoloft', 'Lustral'], rxcui: '36437' },
  { generic: 'escitalopram', classId: 'ssris', brands: ['Lexapro', 'Cipralex', 'Seroplex'], rxcui: '321988' },
  {
    generic: 'fluoxetine',
    classId: 'ssris',
    brands: ['Prozac', 'Sarafem', 'Lovan', 'Zactin'],
    rxcui: '4493',
  },
  { generic: 'citalopram', classId: 'ssris', brands: ['Celexa', 'Cipramil', 'Seropram'], rxcui: '2556' },
  {
    generic: 'paroxetine',
    classId: 'ssris',
    brands: ['Paxil', 'Seroxat', 'Deroxat', 'Aropax', 'Pexeva', 'Brisdelle'],
    rxcui: '32937',
  },
  { generic: 'fluvoxamine', classId: 'ssris', brands: ['Luvox', 'Faverin', 'Floxyfral'], rxcui: '42355' },
  { generic: 'dapoxetine', classId: 'ssris', brands: ['Priligy'] },
  {
    generic: 'SSRI (unspecified)',
    classId: 'ssris',
    unspecified: true,
    synonyms: ['SSRI', 'SSRIs', 'selective serotonin reuptake inhibitor'],
  },

  // ── SNRIs ────────────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'venlafaxine',
    classId: 'snris',
    brands: ['Effexor', 'Efexor'],
    rxcui: '39786',
  },
  {
    generic: 'duloxetine',
    classId: 'snris',
    brands: ['Cymbalta', 'Yentreve', 'Irenka', 'Drizalma'],
    rxcui: '72625',
  },
  { generic: 'desvenlafaxine', classId: 'snris', brands: ['Pristiq', 'Khedezla'] },
  { generic: 'milnacipran', classId: 'snris', brands: ['Ixel', 'Savella'] },
  { generic: 'levomilnacipran', classId: 'snris', brands: ['Fetzima'] },
  {
    generic: 'SNRI (unspecified)',
    classId: 'snris',
    unspecified: true,
    synonyms: ['SNRI', 'SNRIs', 'serotonin norepinephrine reuptake inhibitor', 'IRSNa'],
  },

  // ── antiepileptics ───────────────────────────────────────────────────────────────────────────────
  // Gabapentinoids, benzodiazepines (clonazepam, clobazam), barbiturates (phenobarbital) and
  // topiramate keep their own §6 rows.
  {
    generic: 'carbamazepine',
    classId: 'antiepileptics',
    brands: ['Tegretol', 'Tégrétol', 'Carbatrol', 'Equetro', 'Epitol'],
    rxcui: '2002',
  },
  {
    generic: 'valproate',
    classId: 'antiepileptics',
    // Dépakine, Micropakine, Epilim: sodium valproate; Depakote/Dépakote: divalproex (valproate semisodium).
    brands: [
      'Dépakine',
      'Depakine Chrono',
      'Micropakine',
      'Depakote',
      'Dépakote',
      'Depakene',
      'Epilim',
      'Epival',
      'Convulex',
      'Episenta',
    ],
    synonyms: [
      'valproic acid',
      'sodium valproate',
      'valproate sodium',
      'divalproex',
      'divalproex sodium',
      'valproate semisodium',
      'semisodium valproate',
      'acide valproique',
      'valproate de sodium',
      'divalproate',
    ],
    // valproic acid; divalproex sodium
    rxcui: ['11118', '266856'],
  },
  {
    generic: 'levetiracetam',
    classId: 'antiepileptics',
    brands: ['Keppra', 'Spritam', 'Elepsia', 'Desitrend', 'Matever'],
  },
  {
    generic: 'lamotrigine',
    classId: 'antiepileptics',
    brands: ['Lamictal', 'Subvenite'],
    rxcui: '28439',
  },
  {
    generic: 'phenytoin',
    classId: 'antiepileptics',
    brands: ['Dilantin', 'Epanutin', 'Di-Hydan', 'Phenytek'],
    synonyms: ['diphenylhydantoin', 'phenytoine'],
    rxcui: '8183',
  },
  { generic: 'lacosamide', classId: 'antiepileptics', brands: ['Vimpat', 'Motpoly'] },
  {
    generic: 'oxcarbazepine',
    classId: 'antiepileptics',
    brands: ['Trileptal', 'Oxtellar'],
    rxcui: '32624',
  },
  { generic: 'eslicarbazepine', classId: 'antiepileptics', brands: ['Zebinix', 'Aptiom'] },
  { generic: 'brivaracetam', classId: 'antiepileptics', brands: ['Briviact'], rxcui: '1739745' },
  { generic: 'zonisamide', classId: 'antiepileptics', brands: ['Zonegran'] },
  { generic: 'perampanel', classId: 'antiepileptics', brands: ['Fycompa'] },
  { generic: 'ethosuximide', classId: 'antiepileptics', brands: ['Zarontin'] },
  {
    generic: 'antiepileptic (unspecified)',
    classId: 'antiepileptics',
    unspecified: true,
    synonyms: [
      'antiepileptic',
      'antiepileptics',
      'antiepileptic drug',
      'anticonvulsant',
      'anticonvulsants',
      'antiseizure medication',
      'antiseizure medications',
      'seizure medication',
      'seizure medications',
      'antiepileptique',
      'antiepileptiques',
    ],
  },

  // ── bupropion ────────────────────────────────────────────────────────────────────────────────────
  {
    generic: 'bupropion',
    classId: 'bupropion',
    brands: ['Zyban', 'Wellbutrin', 'Aplenzin', 'Forfivo'],
    synonyms: ['amfebutamone'],
    rxcui: '42347',
  },

  // ── AUD medicines and naloxone ───────────────────────────────────────────────────────────────────
  {
    generic: 'naltrexone',
    classId: 'opioid-antagonists',
    // Contrave/Mysimba (naltrexone + bupropion) are in COMBINATION_PRODUCTS.
    brands: ['Revia', 'Vivitrol', 'Nalorex', 'Adepend'],
    rxcui: '7243',
  },
  { generic: 'nalmefene', classId: 'opioid-antagonists', brands: ['Selincro', 'Revex'] },
  {
    generic: 'naloxone',
    classId: 'opioid-antagonists',
    brands: ['Narcan', 'Nyxoid', 'Prenoxad', 'Kloxxado', 'Zimhi', 'Nalscue'],
    rxcui: '7242',
  },
  { generic: 'acamprosate', classId: 'acamprosate', brands: ['Campral', 'Aotal'], rxcui: '82819' },
  { generic: 'disulfiram', classId: 'disulfiram', brands: ['Antabuse', 'Espéral'], rxcui: '3554' },
];

export const COMBINATION_PRODUCTS: readonly CombinationProduct[] = [
  { brand: 'Suboxone', generics: ['buprenorphine', 'naloxone'] },
  { brand: 'Zubsolv', generics: ['buprenorphine', 'naloxone'] },
  { brand: 'Bunavail', generics: ['buprenorphine', 'naloxone'] },
  { brand: 'Targin', generics: ['oxycodone', 'naloxone'] },
  { brand: 'Targinact', generics: ['oxycodone', 'naloxone'] },
  { brand: 'Targiniq', generics: ['oxycodone', 'naloxone'] },
  { brand: 'Vicoprofen', generics: ['hydrocodone', 'ibuprofen'] },
  { brand: 'Symbyax', generics: ['olanzapine', 'fluoxetine'] },
  { brand: 'Contrave', generics: ['naltrexone', 'bupropion'] },
  { brand: 'Mysimba', generics: ['naltrexone', 'bupropion'] },
  { brand: 'Hyzaar', generics: ['losartan', 'hydrochlorothiazide'] },
  { brand: 'Zestoretic', generics: ['lisinopril', 'hydrochlorothiazide'] },
  { brand: 'Co-Diovan', generics: ['valsartan', 'hydrochlorothiazide'] },
  { brand: 'Cotareg', generics: ['valsartan', 'hydrochlorothiazide'] },
  { brand: 'CoAprovel', generics: ['irbesartan', 'hydrochlorothiazide'] },
  { brand: 'Aldactazide', generics: ['spironolactone', 'hydrochlorothiazide'] },
  { brand: 'Exforge', generics: ['amlodipine', 'valsartan'] },
  { brand: 'Janumet', generics: ['sitagliptin', 'metformin'] },
  { brand: 'Glucovance', generics: ['glibenclamide', 'metformin'] },
  { brand: 'Xigduo', generics: ['dapagliflozin', 'metformin'] },
  { brand: 'Synjardy', generics: ['empagliflozin', 'metformin'] },
];

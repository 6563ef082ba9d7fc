"""Laboratory values given as numbers: "Hb 8.5, MCV 70", "Na 125", "K 2.9", "CK 5000", "TSH
15", "glucose 25 mmol/L", "platelets 40", "eGFR 25", "CRP 150", "ALT 800".

A value is a finding only when it lies outside the adult reference interval; a value inside it
is no finding, and its words are context (as for vital signs, text/vitals.py, whose number
reader this module shares). The analyte names are the common abbreviations and full names.

Units differ between countries (haemoglobin g/dL or g/L, glucose mmol/L or mg/dL, calcium
mmol/L or mg/dL, CRP mg/L or mg/dL, counts per litre or per microlitre). A written unit is read;
without one, the value is read in every unit whose plausible values hold it, and it is a reading
only when all those readings agree (same finding, or none): "Hb 85" can only be g/L, "glucose
22" is high in mmol/L but low in mg/dL and is left unread, "glucose 15.2" has decimals that a
value in mg/dL never has.

Cut-offs (adults; ``value < low`` is low, ``value > high`` is high unless noted):

* haemoglobin: Anemia below 120 g/L, below 130 g/L for a man (WHO, "Haemoglobin
  concentrations for the diagnosis of anaemia and assessment of severity",
  WHO/NMH/NHD/MNM/11.1, 2011; the same thresholds in StatPearls "Macrocytic Anemia",
  PMID:29083571);
* haemoglobin high: Polycythemia above 165 g/L for a man or a person of unknown sex, above
  160 g/L for a woman, the haemoglobin of the major criterion of polycythaemia vera in the
  2016 revision of the WHO classification of myeloid neoplasms (Arber et al., Blood
  2016;127:2391-2405: "Hb >16.5 g/dL in men, Hb >16.0 g/dL in women");
* MCV: below 80 fL small, above 100 fL large cells (StatPearls "Mean Corpuscular Volume"; the
  same limits in StatPearls "Macrocytic Anemia", PMID:29083571); with a low haemoglobin they
  make Microcytic or Macrocytic anemia;
* platelets: Thrombocytopenia below 150 x10^9/L (StatPearls "Thrombocytopenia",
  PMID:31194365); Thrombocytosis at 450 x10^9/L or above, the platelet count of the first
  criterion of essential thrombocythaemia in the same WHO 2016 revision (Arber et al. 2016:
  "platelet count >=450 x 10^9/L");
* white cells: Leukocytosis above 11 x10^9/L (Riley and Rupert, "Evaluation of Patients with
  Leukocytosis", Am Fam Physician 2015;92:1004-1011);
* sodium: Hyponatremia below 135, Hypernatremia above 145 mmol/L (StatPearls "Hyponatremia",
  PMID:29262111; "Hypernatremia", PMID:28722989);
* potassium: Hypokalemia below 3.5 mmol/L (StatPearls "Hypokalemia", PMID:29494072),
  Hyperkalemia above 5.5 mmol/L (Resuscitation Council UK, Advanced Life Support manual; the
  European Resuscitation Council's grading of hyperkalaemia starts at 5.5);
* calcium (total or adjusted): Hypercalcemia above 2.60 mmol/L, 10.4 mg/dL (MSD Manual
  Professional, "Hypercalcemia", revised 2023), Hypocalcemia below 2.20 mmol/L, the 8.8 mg/dL
  lower limit of the same manual's normal total calcium (8.8-10.4 mg/dL);
* glucose: Hyperglycemia at 11.1 mmol/L (200 mg/dL) or above, the random plasma glucose of the
  American Diabetes Association's diagnostic criteria (whether the sample was fasting is not
  known, so the fasting 7.0 is not used); Hypoglycemia at 3.9 mmol/L (70 mg/dL) or below, the
  ADA's level 1 glucose alert value (ADA Standards of Care, "Glycemic targets");
* HbA1c: Elevated hemoglobin A1c at 6.5 % (48 mmol/mol) or above (ADA diagnostic criteria);
* eGFR: Decreased glomerular filtration rate below 60 mL/min/1.73 m2 (KDIGO 2012 Clinical
  Practice Guideline for the Evaluation and Management of Chronic Kidney Disease, G3-G5);
* TSH: elevated above 4.5 mIU/L, decreased below 0.1 mIU/L (the cut-offs of "Serum TSH and
  total T4 in the United States population", NHANES 1999-2002, Thyroid 2007;17:1211-23,
  PMID:18177256; NHANES III reference population, Hollowell et al., J Clin Endocrinol Metab
  2002, PMID:11836274);
* ferritin: Decreased circulating ferritin concentration below 15 ug/L (WHO guideline on use
  of ferritin concentrations to assess iron status in individuals and populations, 2020:
  iron deficiency in apparently healthy people aged 5 years and over); Increased circulating
  ferritin concentration above 200 ug/L, the same guideline's risk of iron overload in
  apparently healthy men and non-menstruating women (its limit for menstruating women, 150
  ug/L, is not used: whether a woman menstruates is not known);
* creatine kinase: elevated above 1000 U/L, a value above the highest upper reference limit of
  any group (810 U/L, Black men) in a worldwide systematic review of normal CK values
  (Filosto et al., "What Are the Normal Serum Creatine Kinase Values for Skeletal Muscle? A
  Worldwide Systematic Review", 2025); a value up to 1000 U/L says nothing;
* ALT: elevated above 33 IU/L, the upper limit of a healthy ALT for men, the higher of the two
  sexes' (ACG Clinical Guideline: Evaluation of Abnormal Liver Chemistries, Kwo, Cohen and
  Lim, Am J Gastroenterol 2017);
* CRP: elevated above 10 mg/L, the level at which the CDC/AHA statement advises looking for an
  acute infection or inflammation (Pearson et al., Circulation 2003, PMID:12551878);
* ESR (Westergren, mm/h): elevated above the age- and sex-adjusted upper limit of Miller, Green
  and Robinson ("Simple rule for calculating normal erythrocyte sedimentation rate", Br Med J
  (Clin Res Ed) 1983;286(6361):266): age / 2 for a man, (age + 10) / 2 for a woman. A value is
  read only when the age is known; with the sex unknown, the higher (a woman's) limit;
* PSA (ng/mL, the same as ug/L): above the age-specific threshold of the NICE suspected cancer
  guideline (NG12, recommendation 1.6.3 and its table "Age-specific PSA thresholds": more than
  2.5 at 40 to 49, 3.5 at 50 to 59, 4.5 at 60 to 69, 6.5 at 70 to 79; ``PSA_LIMITS``). Below 40
  and above 79 the table says "use clinical judgement" and no number is read. With the age
  unknown, a value above 6.5, above every age's threshold, is high, one of 2.5 or below, under
  every threshold, says nothing, and one between is left unread; an upper bound ("PSA <4") is
  left unread (h-rank3 and h-clinician9, issue 14: "my PSA was 12" was unread while "PSA high"
  was read);
* albumin: Hypoalbuminemia below 35 g/L (3.5 g/dL), and total bilirubin: Hyperbilirubinemia
  above 17 umol/L (1.0 mg/dL), the adult reference intervals of the Oxford Handbook of Clinical
  Medicine (Oxford University Press; "Reference intervals", everyday tests: albumin 35-50 g/L,
  bilirubin 3-17 umol/L);
* urate (uric acid): Hyperuricemia above 6.8 mg/dL (405 umol/L), the serum urate of the
  American College of Rheumatology's definition of hyperuricaemia (2020 ACR Guideline for the
  Management of Gout, FitzGerald et al., Arthritis Rheumatol 2020;72:879-895, PMID:32390306:
  "asymptomatic hyperuricemia (SU >6.8 mg/dl ...)"), the concentration above which urate
  crystallises;
* alkaline phosphatase: elevated above 130 IU/L, the upper limit of the adult reference
  interval of the Newcastle upon Tyne Hospitals NHS laboratories (test directory, "Alkaline
  phosphatase, serum": 30-130 IU/L from 17 or 18 years), the more cautious of the adult limits
  checked (a uniform 40-120 IU/L across four analysers in "Reference interval for total alkaline
  phosphatase in adults", Scand J Clin Lab Invest 2026, PMID:41705920);
* creatinine: elevated above 120 umol/L for a man or a person of unknown sex, above 110 umol/L
  for a woman, the upper limits of the adult intervals of the RCPA Manual (Royal College of
  Pathologists of Australasia, "Creatinine - plasma or serum", 2010: 0.06-0.12 mmol/L for men,
  0.05-0.11 mmol/L for women); 1 mg/dL is 88.4 umol/L;
* urea: Increased blood urea nitrogen above 8.0 mmol/L, the upper limit of the adult interval
  of the RCPA Manual ("Urea - plasma or serum", 2004: 3.0-8.0 mmol/L). Urea is read in mmol/L,
  the unit notes write it in; mg/dL only when written (urea's molar mass, 60.06 g/mol: 1
  mmol/L is 6.006 mg/dL), so a bare "urea 24" is not also read as a normal 24 mg/dL.

* lipids (h-clinician8), the "high" and "low" classes of the Third Report of the National
  Cholesterol Education Program Expert Panel on Detection, Evaluation, and Treatment of High
  Blood Cholesterol in Adults (Adult Treatment Panel III, NIH Publication No. 02-5215, 2002;
  its borderline classes are not read): total cholesterol high at 240 mg/dL (6.2 mmol/L) or
  above (Hypercholesterolemia), LDL cholesterol at 160 mg/dL (4.1 mmol/L) or above, HDL
  cholesterol low below 40 mg/dL (1.0 mmol/L), triglycerides high at 200 mg/dL (2.3 mmol/L)
  or above. The cut-offs are in mg/dL, the report's unit; 1 mmol/L of cholesterol is 38.67
  mg/dL, of triglyceride 88.57 mg/dL;
* transferrin saturation: Elevated transferrin saturation above 45 % for a woman or a person
  of unknown sex, above 50 % for a man (EASL Clinical Practice Guidelines on haemochromatosis,
  J Hepatol 2022;77:479-502, PMID:35662478: "TSAT >45% ... in females and TSAT >50% ... in
  males");
* vitamin B12: Decreased circulating vitamin B12 concentration below 100 pmol/L (135 ng/L), a
  value below every cut-off for deficiency in use: the British Society for Haematology's
  guideline sets none ("definitive cut-off points ... are not possible", Devalia et al., Br J
  Haematol 2014;166:496-513, PMID:24942828) and a review of the cut-offs used in adults found
  them between 100 and 350 pmol/L ("A review of the cut-off points for the diagnosis of vitamin
  B12 deficiency in the general population", Clin Chem Lab Med 2015;53:1149-59,
  PMID:25470607); 1 ng/L (pg/mL) is 0.738 pmol/L. Serum folate: Reduced blood folate
  concentration below 3.7 nmol/L, the lowest cut-off of the same review (its range 3.7-15.9
  nmol/L); 1 ng/mL is 2.266 nmol/L. A red cell folate (another range) is not read;
* white cells low, neutrophils and lymphocytes (adults): Leukopenia below 4.0 x10^9/L,
  Neutropenia below 1.5 x10^9/L, Lymphopenia below 1.0 x10^9/L (MSD Manual Professional,
  "Overview of Leukopenias", revised 2023: "< 4000/mcL", "< 1500/mcL", "< 1000/mcL in
  adults"). A high neutrophil or lymphocyte count is read only in words (no limit checked);
* lactate: Increased circulating lactate concentration above 2 mmol/L (18 mg/dL), the serum
  lactate of the clinical criteria of septic shock in the Third International Consensus
  Definitions for Sepsis and Septic Shock (Singer et al., JAMA 2016;315:801-810,
  PMID:26903338: "serum lactate level >2 mmol/L (18 mg/dL)"; h-clinician12: "lactate 4.5"
  was unread);
* amylase: Hyperamylasemia above 125 IU/L, above the upper limit of the adult reference
  interval of every NHS laboratory checked (Exeter, Royal Cornwall, Edinburgh: 100 U/L; York:
  below 101 IU/L; South Tees: 30-118 U/L; University Hospitals Birmingham: 25-125 IU/L), so
  that a value above it is high whichever laboratory measured it (h-clinician12: "amylase
  1800" was unread while "amylase raised" was read; the diagnostic amylase of acute
  pancreatitis, three times the upper limit, lies far above);
* intraocular pressure (mmHg, by tonometry): Ocular hypertension above 21 mmHg, two standard
  deviations above the population mean (HPO's definition of the term) and the College of
  Optometrists' clinical management guideline "Ocular hypertension (OHT)": "greater than
  21mmHg [2 standard deviations above the population mean IOP]" (h-clinician12: "IOP 52" was
  unread);
* body mass index (kg/m2, adults): Obesity at 30 or above, Decreased body mass index below
  18.5, the World Health Organization's classes for adults (WHO Global Health Observatory,
  "Overweight and obesity": obese at a BMI of 30 kg/m2 or more, an individual's goal 18.5 to
  24.9; h-clinician12: "BMI 42" was unread). Overweight (25 to 29.9) is not read;
* magnesium: Hypomagnesemia below 0.74 mmol/L (1.8 mg/dL), and phosphate: Hypophosphatemia
  below 0.81 mmol/L (2.5 mg/dL) (MSD Manual Professional, "Hypomagnesemia" and
  "Hypophosphatemia", revised 2023); their high sides are not read;
* sweat chloride (mmol/L, the sweat test): Elevated sweat chloride at 60 mmol/L or above, the
  decision limit "supportive of CF" of the RCPA Manual ("Chloride - sweat": the same 60 for
  infants up to 6 months and for older children; CLSI C34-A3, 2009) and of the Cystic Fibrosis
  Foundation's consensus guidelines (Farrell et al., "Diagnosis of Cystic Fibrosis: Consensus
  Guidelines from the Cystic Fibrosis Foundation", J Pediatr 2017). A value in the
  intermediate range (30 or 40 to 59) is not read. The limit is a child's, so it is read at any
  age (h-rareclin1: "sweat Cl 90" read the "sweat" as sweating).

"BM" (and "cap BM"), British clinicians' name for a bedside capillary glucose (after the
Boehringer Mannheim test strips), is a glucose in mmol/L, the only unit it is written in: "BM
27" is high where a bare "glucose 27" is left unread.

Some analytes are read only when said to be high or low in words ("fT4 low", "GGT
raised", "lipase ↑", "low C3"): their reference intervals differ between
laboratories and no standard cut-off is stated for a number (free T4, lipase,
complement C3 and C4; h-clinician8: GGT, AST, prolactin, troponin and a high
neutrophil or lymphocyte count); the writer's "high" or "low" is the laboratory's judgement
against its own range. So is a value written as a multiple of the upper limit of normal
("lipase 3x ULN", "ALT 5 x ULN", "CK >10xULN"): more than once the limit is high
(h-clinician7). "suppressed" is the clinicians' word for a TSH below the range ("TSH
suppressed"), read as low. Troponin's upper limit is each assay's own 99th centile (Fourth
Universal Definition of Myocardial Infarction, Thygesen et al., Eur Heart J 2019), so its
number is not read; "positive" is a high word for it ("trop positive", "+ve troponin").

Reference intervals of children differ (haemoglobin, counts, enzymes, eGFR): for a person known
to be younger than ``CHILD_BELOW_YEARS`` only the electrolytes, calcium and glucose are read,
and a platelet count below 100 x10^9/L, the threshold the International Working Group set for
immune thrombocytopenia "of adults and children" (Rodeghiero et al., "Standardization of
terminology, definitions and outcome criteria in immune thrombocytopenic purpura of adults and
children: report from an international working group", Blood 2009;113:2386-93; h-clinician8):
a child's count between 100 and 150 is not read.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whatcauses.text.normalize import NUMBER_WORDS
from whatcauses.text.vitals import (
    lead_in,
    number,
    phrase_at,
    phrase_index,
    read_number,
    scan_readings,
)

ANEMIA, MICROCYTIC_ANEMIA, MACROCYTIC_ANEMIA = "HP:0001903", "HP:0001935", "HP:0001972"
LOW_MCV, HIGH_MCV = "HP:0025066", "HP:0005518"
THROMBOCYTOPENIA, LEUKOCYTOSIS = "HP:0001873", "HP:0001974"
POLYCYTHEMIA, THROMBOCYTOSIS = "HP:0001901", "HP:0001894"
HYPONATREMIA, HYPERNATREMIA = "HP:0002902", "HP:0003228"
HYPOKALEMIA, HYPERKALEMIA = "HP:0002900", "HP:0002153"
HYPOCALCEMIA, HYPERCALCEMIA = "HP:0002901", "HP:0003072"
HYPOGLYCEMIA, HYPERGLYCEMIA = "HP:0001943", "HP:0003074"
HIGH_HBA1C = "HP:0040217"
LOW_GFR = "HP:0012213"
HIGH_TSH, LOW_TSH = "HP:0002925", "HP:0031098"
LOW_FERRITIN, HIGH_FERRITIN = "HP:0012343", "HP:0003281"
HIGH_CK = "HP:0003236"
HIGH_ALT = "HP:0031964"
HIGH_CRP = "HP:0011227"
HIGH_ESR = "HP:0003565"
HIGH_FT4, LOW_FT4 = "HP:0033077", "HP:0033078"
HIGH_AMYLASE, HIGH_LIPASE = "HP:0410288", "HP:0032932"
LOW_C3, LOW_C4 = "HP:0005421", "HP:0045042"
LOW_ALBUMIN, HIGH_BILIRUBIN, HIGH_URATE = "HP:0003073", "HP:0002904", "HP:0002149"
HIGH_ALP, HIGH_CREATININE, HIGH_UREA = "HP:0003155", "HP:0003259", "HP:0003138"
HYPERCHOLESTEROLEMIA, HIGH_LDL, LOW_HDL = "HP:0003124", "HP:0003141", "HP:0003233"
HYPERTRIGLYCERIDEMIA, HIGH_TSAT = "HP:0002155", "HP:0012463"
LOW_B12, LOW_FOLATE = "HP:0100502", "HP:0100507"
LEUKOPENIA, NEUTROPENIA, NEUTROPHILIA = "HP:0001882", "HP:0001875", "HP:0011897"
LYMPHOPENIA, LYMPHOCYTOSIS = "HP:0001888", "HP:0100827"
HYPOMAGNESEMIA, HYPOPHOSPHATEMIA = "HP:0002917", "HP:0002148"
HIGH_GGT, HIGH_AST = "HP:0030948", "HP:0031956"
HIGH_PSA, HIGH_PROLACTIN = "HP:0025020", "HP:0000870"
HIGH_TROPONIN_I, HIGH_TROPONIN_T = "HP:0410173", "HP:0410174"
HIGH_LACTATE = "HP:0002151"
OCULAR_HYPERTENSION = "HP:0007906"
OBESITY, LOW_BMI = "HP:0001513", "HP:0045082"
HIGH_SWEAT_CHLORIDE = "HP:0012236"

HB, MCV, PLATELETS, WHITE_CELLS = "haemoglobin", "MCV", "platelets", "white cells"
SODIUM, POTASSIUM, CALCIUM, GLUCOSE, HBA1C = "sodium", "potassium", "calcium", "glucose", "HbA1c"
EGFR, TSH, FERRITIN, CK, ALT, CRP = "eGFR", "TSH", "ferritin", "creatine kinase", "ALT", "CRP"
ESR, FT4, AMYLASE, LIPASE = "ESR", "free T4", "amylase", "lipase"
C3, C4 = "complement C3", "complement C4"
ALBUMIN, BILIRUBIN, URATE = "albumin", "bilirubin", "urate"
ALP, CREATININE, UREA = "alkaline phosphatase", "creatinine", "urea"
CHOLESTEROL, LDL, HDL, NON_HDL = "cholesterol", "LDL", "HDL", "non-HDL cholesterol"
TRIGLYCERIDES, TSAT = "triglycerides", "transferrin saturation"
B12, FOLATE, RED_CELL_FOLATE = "vitamin B12", "folate", "red cell folate"
NEUTROPHILS, LYMPHOCYTES = "neutrophils", "lymphocytes"
MAGNESIUM, PHOSPHATE = "magnesium", "phosphate"
GGT, AST, PSA, PROLACTIN = "GGT", "AST", "PSA", "prolactin"
TROPONIN_I, TROPONIN_T = "troponin I", "troponin T"
LACTATE = "lactate"
IOP = "intraocular pressure"
BMI = "body mass index"
SWEAT_CHLORIDE = "sweat chloride"

# Analytes whose adult interval is read for a child too (a person younger than this).
CHILD_BELOW_YEARS = 15.0
CHILD_RANGES = frozenset({SODIUM, POTASSIUM, CALCIUM, GLUCOSE, SWEAT_CHLORIDE})
# A child's platelet count below which it is Thrombocytopenia (x10^9/L; IWG 2009).
CHILD_PLATELETS_LOW = 100.0
# Haemoglobin below which a man is anaemic (g/L); the interval's ``low`` is a woman's.
MALE_HB_LOW = 130.0
# Creatinine above which a woman's is high (umol/L); the interval's ``high`` is a man's.
FEMALE_CREATININE_HIGH = 110.0
# Haemoglobin above which a woman's is high (g/L); the interval's ``high`` is a man's.
FEMALE_HB_HIGH = 160.0
# Transferrin saturation above which a man's is high (%); the interval's ``high`` is a
# woman's (EASL 2022).
MALE_TSAT_HIGH = 50.0
# Analytes whose "positive" is their high word ("trop positive"): a test read as present or
# absent at the assay's own limit.
_POSITIVE_IS_HIGH = frozenset({TROPONIN_I, TROPONIN_T})


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit an analyte is written in: its spellings (joined folded tokens, "mmol/l"), the
    factor to the analyte's first unit, the values plausible in it and whether they are
    written as whole numbers only (glucose in mg/dL: "glucose 15.2" is in mmol/L) and whether
    a value with no unit may be in it (``bare``; urea in mg/dL only when written)."""

    names: tuple[str, ...]
    factor: float
    plausible: tuple[float, float]
    whole: bool = False
    bare: bool = True


@dataclass(frozen=True, slots=True)
class Analyte:
    """A measured analyte: its units (the first is the one the cut-offs are in), the values
    below ``low`` (term ``low_term``) and above ``high`` (``high_term``; at or above when
    ``high_inclusive``) that are findings."""

    name: str
    units: tuple[Unit, ...]
    low: float | None = None
    low_term: str | None = None
    high: float | None = None
    high_term: str | None = None
    high_inclusive: bool = False
    low_inclusive: bool = False

    def finding(self, value: float, low: float | None = None,
                high: float | None = None) -> str | None:
        """The finding a value in the first unit makes (None inside the interval); ``low``
        and ``high`` replace the interval's limits for this person."""
        if value == math.inf:  # said to be high in words (an analyte read only so)
            return self.high_term
        if value == -math.inf:
            return self.low_term
        floor = self.low if low is None else low
        if floor is not None and (value <= floor if self.low_inclusive else value < floor):
            return self.low_term
        ceiling = self.high if high is None else high
        if ceiling is not None and (value >= ceiling if self.high_inclusive
                                    else value > ceiling):
            return self.high_term
        return None


_PER_LITRE = ("x10^9/l", "10^9/l", "x109/l", "/nl")
_PER_MICROLITRE = ("/ul", "/µl", "/mm3", "per/ul", "/cumm", "cells/ul", "cells/mm3")
_ANALYTES: dict[str, Analyte] = {a.name: a for a in (
    Analyte(HB, (Unit(("g/l",), 1.0, (20.0, 250.0)), Unit(("g/dl",), 10.0, (2.0, 25.0))),
            low=120.0, low_term=ANEMIA, high=165.0, high_term=POLYCYTHEMIA),
    Analyte(MCV, (Unit(("fl",), 1.0, (40.0, 150.0)),),
            low=80.0, low_term=LOW_MCV, high=100.0, high_term=HIGH_MCV),
    Analyte(PLATELETS, (Unit(_PER_LITRE, 1.0, (1.0, 999.0)),
                        Unit(_PER_MICROLITRE, 0.001, (1000.0, 2000000.0))),
            low=150.0, low_term=THROMBOCYTOPENIA, high=450.0, high_term=THROMBOCYTOSIS,
            high_inclusive=True),
    # A bare white count of 100 to 999 is per nanolitre (x10^9/L: "WCC 160", a leukaemia's
    # count), not per microlitre: fewer than 1000 white cells per microlitre would be an
    # aplasia, written in x10^9/L ("WCC 0.4") by the laboratories that report it.
    Analyte(WHITE_CELLS, (Unit(_PER_LITRE, 1.0, (0.1, 999.0)),
                          Unit(_PER_MICROLITRE, 0.001, (1000.0, 500000.0))),
            low=4.0, low_term=LEUKOPENIA, high=11.0, high_term=LEUKOCYTOSIS),
    # A differential count: a bare value up to 100 is x10^9/L ("neuts 0.4"), one of 100 or
    # more is per microlitre ("ANC 800"). Its high side is read in words only.
    Analyte(NEUTROPHILS, (Unit(_PER_LITRE, 1.0, (0.0, 99.9)),
                          Unit(_PER_MICROLITRE, 0.001, (100.0, 200000.0))),
            low=1.5, low_term=NEUTROPENIA, high_term=NEUTROPHILIA),
    Analyte(LYMPHOCYTES, (Unit(_PER_LITRE, 1.0, (0.0, 99.9)),
                          Unit(_PER_MICROLITRE, 0.001, (100.0, 900000.0))),
            low=1.0, low_term=LYMPHOPENIA, high_term=LYMPHOCYTOSIS),
    Analyte(SODIUM, (Unit(("mmol/l", "meq/l"), 1.0, (90.0, 200.0)),),
            low=135.0, low_term=HYPONATREMIA, high=145.0, high_term=HYPERNATREMIA),
    Analyte(POTASSIUM, (Unit(("mmol/l", "meq/l"), 1.0, (1.0, 10.0)),),
            low=3.5, low_term=HYPOKALEMIA, high=5.5, high_term=HYPERKALEMIA),
    Analyte(CALCIUM, (Unit(("mmol/l",), 1.0, (0.8, 5.0)), Unit(("mg/dl",), 0.2495, (3.5, 16.0))),
            low=2.20, low_term=HYPOCALCEMIA, high=2.60, high_term=HYPERCALCEMIA),
    Analyte(GLUCOSE, (Unit(("mmol/l",), 1.0, (0.5, 60.0)),
                      Unit(("mg/dl",), 1 / 18.0, (10.0, 1100.0), whole=True)),
            low=3.9, low_term=HYPOGLYCEMIA, low_inclusive=True,
            high=11.1, high_term=HYPERGLYCEMIA, high_inclusive=True),
    Analyte(HBA1C, (Unit(("%",), 1.0, (3.0, 20.0)),
                    Unit(("mmol/mol",), 1 / 10.929, (10.0, 200.0))),
            # mmol/mol to % by the IFCC-NGSP master equation (% = mmol/mol / 10.929 + 2.15),
            # which pairs 48 mmol/mol with 6.5 % as the ADA criteria do (_in_first_unit).
            high=6.5, high_term=HIGH_HBA1C, high_inclusive=True),
    Analyte(EGFR, (Unit(("ml/min", "ml/min/1.73m2", "ml/min/1.73"), 1.0, (1.0, 200.0)),),
            low=60.0, low_term=LOW_GFR),
    Analyte(TSH, (Unit(("miu/l", "mu/l", "uiu/ml", "µiu/ml", "mlu/l"), 1.0, (0.001, 500.0)),),
            low=0.1, low_term=LOW_TSH, high=4.5, high_term=HIGH_TSH),
    Analyte(FERRITIN, (Unit(("ug/l", "µg/l", "ng/ml", "mcg/l"), 1.0, (0.5, 100000.0)),),
            low=15.0, low_term=LOW_FERRITIN, high=200.0, high_term=HIGH_FERRITIN),
    Analyte(CK, (Unit(("u/l", "iu/l"), 1.0, (1.0, 2000000.0)),),
            high=1000.0, high_term=HIGH_CK),
    Analyte(ALT, (Unit(("u/l", "iu/l"), 1.0, (1.0, 30000.0)),),
            high=33.0, high_term=HIGH_ALT),
    Analyte(CRP, (Unit(("mg/l",), 1.0, (0.1, 700.0)), Unit(("mg/dl",), 10.0, (0.01, 70.0))),
            high=10.0, high_term=HIGH_CRP),
    # ESR's limit depends on age and sex (_esr_limit); read in words without them.
    Analyte(ESR, (Unit(("mm/h", "mm/hr", "mm/hour", "mm"), 1.0, (1.0, 160.0)),),
            high_term=HIGH_ESR),
    Analyte(FT4, (), low_term=LOW_FT4, high_term=HIGH_FT4),
    Analyte(AMYLASE, (Unit(("u/l", "iu/l"), 1.0, (1.0, 100000.0)),),
            high=125.0, high_term=HIGH_AMYLASE),
    Analyte(LIPASE, (), high_term=HIGH_LIPASE),
    Analyte(C3, (), low_term=LOW_C3),
    Analyte(C4, (), low_term=LOW_C4),
    Analyte(ALBUMIN, (Unit(("g/l",), 1.0, (5.0, 70.0)), Unit(("g/dl",), 10.0, (0.5, 7.0))),
            low=35.0, low_term=LOW_ALBUMIN),
    Analyte(BILIRUBIN, (Unit(("umol/l", "µmol/l"), 1.0, (1.0, 1000.0)),
                        Unit(("mg/dl",), 17.1, (0.1, 60.0))),
            high=17.0, high_term=HIGH_BILIRUBIN),
    Analyte(URATE, (Unit(("umol/l", "µmol/l"), 1.0, (50.0, 1500.0)),
                    Unit(("mmol/l",), 1000.0, (0.05, 1.5)),
                    Unit(("mg/dl",), 59.48, (1.0, 25.0))),
            high=6.8 * 59.48, high_term=HIGH_URATE),
    Analyte(ALP, (Unit(("u/l", "iu/l"), 1.0, (1.0, 10000.0)),),
            high=130.0, high_term=HIGH_ALP),
    Analyte(CREATININE, (Unit(("umol/l", "µmol/l"), 1.0, (10.0, 3000.0)),
                         Unit(("mg/dl",), 88.4, (0.1, 30.0)),
                         Unit(("mmol/l",), 1000.0, (0.01, 3.0), bare=False)),
            high=120.0, high_term=HIGH_CREATININE),
    Analyte(UREA, (Unit(("mmol/l",), 1.0, (0.5, 150.0)),
                   Unit(("mg/dl",), 1 / 6.006, (3.0, 900.0), bare=False)),
            high=8.0, high_term=HIGH_UREA),
    # Lipids in mg/dL, NCEP ATP III's unit; a value in mg/dL is a whole number ("cholesterol
    # 9.8" is in mmol/L).
    Analyte(CHOLESTEROL, (Unit(("mg/dl",), 1.0, (40.0, 2000.0), whole=True),
                          Unit(("mmol/l",), 38.67, (1.0, 50.0))),
            high=240.0, high_term=HYPERCHOLESTEROLEMIA, high_inclusive=True),
    Analyte(LDL, (Unit(("mg/dl",), 1.0, (10.0, 1500.0), whole=True),
                  Unit(("mmol/l",), 38.67, (0.2, 40.0))),
            high=160.0, high_term=HIGH_LDL, high_inclusive=True),
    Analyte(HDL, (Unit(("mg/dl",), 1.0, (5.0, 200.0), whole=True),
                  Unit(("mmol/l",), 38.67, (0.1, 5.0))),
            low=40.0, low_term=LOW_HDL),
    Analyte(NON_HDL, ()),  # named so its "HDL" is not read as HDL cholesterol
    Analyte(TRIGLYCERIDES, (Unit(("mg/dl",), 1.0, (10.0, 20000.0), whole=True),
                            Unit(("mmol/l",), 88.57, (0.1, 200.0))),
            high=200.0, high_term=HYPERTRIGLYCERIDEMIA, high_inclusive=True),
    Analyte(TSAT, (Unit(("%",), 1.0, (1.0, 100.0)),),
            high=45.0, high_term=HIGH_TSAT),
    Analyte(B12, (Unit(("pmol/l",), 1.0, (10.0, 5000.0)),
                  Unit(("ng/l", "pg/ml"), 0.738, (10.0, 7000.0))),
            low=100.0, low_term=LOW_B12),
    Analyte(FOLATE, (Unit(("nmol/l",), 1.0, (0.5, 120.0)),
                     Unit(("ug/l", "µg/l", "ng/ml", "mcg/l"), 2.266, (0.2, 50.0))),
            low=3.7, low_term=LOW_FOLATE),
    Analyte(RED_CELL_FOLATE, ()),  # another range: named so its "folate" is not read
    Analyte(MAGNESIUM, (Unit(("mmol/l",), 1.0, (0.1, 5.0)),
                        Unit(("mg/dl",), 0.4114, (0.3, 12.0)),
                        Unit(("meq/l",), 0.5, (0.2, 10.0), bare=False)),
            low=0.74, low_term=HYPOMAGNESEMIA),
    Analyte(PHOSPHATE, (Unit(("mmol/l",), 1.0, (0.1, 5.0)),
                        Unit(("mg/dl",), 0.3229, (0.3, 15.0))),
            low=0.81, low_term=HYPOPHOSPHATEMIA),
    Analyte(GGT, (), high_term=HIGH_GGT),
    Analyte(AST, (), high_term=HIGH_AST),
    # PSA's threshold depends on age (PSA_LIMITS); h-clinician8 read it in words only.
    Analyte(PSA, (Unit(("ng/ml", "ug/l", "µg/l", "mcg/l"), 1.0, (0.01, 10000.0)),),
            high_term=HIGH_PSA),
    Analyte(PROLACTIN, (), high_term=HIGH_PROLACTIN),
    Analyte(TROPONIN_I, (), high_term=HIGH_TROPONIN_I),
    Analyte(TROPONIN_T, (), high_term=HIGH_TROPONIN_T),
    # Lactate in mmol/L, the unit notes write it in; mg/dL only when written (lactate's molar
    # mass, 90.08 g/mol: 1 mmol/L is 9.008 mg/dL, Sepsis-3's "2 mmol/L (>18 mg/dL)").
    Analyte(LACTATE, (Unit(("mmol/l",), 1.0, (0.1, 30.0)),
                      Unit(("mg/dl",), 1 / 9.008, (1.0, 270.0), bare=False)),
            high=2.0, high_term=HIGH_LACTATE),
    # A pressure measured by tonometry, not in the blood, but read as a laboratory value is:
    # a number against its upper limit ("IOP 52").
    Analyte(IOP, (Unit(("mmhg",), 1.0, (1.0, 80.0)),),
            high=21.0, high_term=OCULAR_HYPERTENSION),
    # A measure of the body, read as a laboratory value is (adults only: a child's is judged
    # by centiles for age).
    Analyte(BMI, (Unit(("kg/m2", "kg/m²"), 1.0, (10.0, 90.0)),),
            low=18.5, low_term=LOW_BMI, high=30.0, high_term=OBESITY, high_inclusive=True),
    # The sweat test: a child's decision limit (RCPA), read at every age.
    Analyte(SWEAT_CHLORIDE, (Unit(("mmol/l", "meq/l"), 1.0, (1.0, 200.0)),),
            high=60.0, high_term=HIGH_SWEAT_CHLORIDE, high_inclusive=True),
)}

# The words that name an analyte (folded tokens), longest first.
_NAMES: tuple[tuple[tuple[str, ...], str], ...] = tuple(sorted((
    (("hb",), HB), (("hgb",), HB), (("haemoglobin",), HB), (("hemoglobin",), HB),
    (("mcv",), MCV), (("mean", "cell", "volume"), MCV), (("mean", "corpuscular", "volume"), MCV),
    (("platelets",), PLATELETS), (("platelet", "count"), PLATELETS), (("plt",), PLATELETS),
    (("plts",), PLATELETS), (("platelet",), PLATELETS),
    (("wcc",), WHITE_CELLS), (("wbc",), WHITE_CELLS), (("white", "cell", "count"), WHITE_CELLS),
    (("white", "count"), WHITE_CELLS), (("white", "cells"), WHITE_CELLS),
    (("white", "blood", "cells"), WHITE_CELLS), (("white", "blood", "cell", "count"), WHITE_CELLS),
    (("wbc", "count"), WHITE_CELLS),
    (("na",), SODIUM), (("na", "+"), SODIUM), (("sodium",), SODIUM),
    (("k",), POTASSIUM), (("k", "+"), POTASSIUM), (("potassium",), POTASSIUM),
    (("ca",), CALCIUM), (("calcium",), CALCIUM), (("adjusted", "calcium"), CALCIUM),
    (("corrected", "calcium"), CALCIUM), (("adj", "ca"), CALCIUM), (("corr", "ca"), CALCIUM),
    (("glucose",), GLUCOSE), (("blood", "glucose"), GLUCOSE), (("blood", "sugar"), GLUCOSE),
    (("blood", "sugars"), GLUCOSE), (("sugar", "level"), GLUCOSE), (("sugar", "levels"), GLUCOSE),
    (("cbg",), GLUCOSE), (("random", "glucose"), GLUCOSE), (("plasma", "glucose"), GLUCOSE),
    (("hba1c",), HBA1C), (("a1c",), HBA1C), (("hb", "a1c"), HBA1C),
    (("egfr",), EGFR), (("gfr",), EGFR),
    (("tsh",), TSH), (("ferritin",), FERRITIN),
    (("ck",), CK), (("cpk",), CK), (("creatine", "kinase"), CK),
    (("creatine", "phosphokinase"), CK),
    (("alt",), ALT), (("alanine", "aminotransferase"), ALT), (("alanine", "transaminase"), ALT),
    (("crp",), CRP), (("c", "-", "reactive", "protein"), CRP), (("c", "reactive", "protein"), CRP),
    (("esr",), ESR), (("erythrocyte", "sedimentation", "rate"), ESR), (("sed", "rate"), ESR),
    (("ft4",), FT4), (("free", "t4"), FT4), (("free", "thyroxine"), FT4),
    (("amylase",), AMYLASE), (("serum", "amylase"), AMYLASE),
    (("lipase",), LIPASE), (("serum", "lipase"), LIPASE),
    (("c3",), C3), (("complement", "c3"), C3), (("c4",), C4), (("complement", "c4"), C4),
    (("albumin",), ALBUMIN), (("alb",), ALBUMIN), (("serum", "albumin"), ALBUMIN),
    (("bilirubin",), BILIRUBIN), (("bili",), BILIRUBIN), (("total", "bilirubin"), BILIRUBIN),
    (("urate",), URATE), (("uric", "acid"), URATE), (("serum", "urate"), URATE),
    (("alp",), ALP), (("alk", "phos"), ALP), (("alkaline", "phosphatase"), ALP),
    (("alk", "phosphatase"), ALP),
    (("creatinine",), CREATININE), (("creat",), CREATININE), (("cr",), CREATININE),
    (("serum", "creatinine"), CREATININE),
    (("urea",), UREA), (("serum", "urea"), UREA), (("blood", "urea"), UREA),
    (("bm",), GLUCOSE), (("cap", "bm"), GLUCOSE), (("capillary", "glucose"), GLUCOSE),
    (("capillary", "blood", "glucose"), GLUCOSE),
    (("cholesterol",), CHOLESTEROL), (("total", "cholesterol"), CHOLESTEROL),
    (("serum", "cholesterol"), CHOLESTEROL), (("chol",), CHOLESTEROL),
    (("cholesterol", "level"), CHOLESTEROL),
    (("ldl",), LDL), (("ldl", "cholesterol"), LDL), (("ldl", "-", "c"), LDL),
    (("ldl", "-", "cholesterol"), LDL),
    (("hdl",), HDL), (("hdl", "cholesterol"), HDL), (("hdl", "-", "c"), HDL),
    (("hdl", "-", "cholesterol"), HDL),
    (("non", "-", "hdl"), NON_HDL), (("non", "hdl"), NON_HDL), (("nonhdl",), NON_HDL),
    (("non", "-", "hdl", "cholesterol"), NON_HDL), (("non", "hdl", "cholesterol"), NON_HDL),
    (("triglycerides",), TRIGLYCERIDES), (("triglyceride",), TRIGLYCERIDES),
    (("trigs",), TRIGLYCERIDES), (("tgs",), TRIGLYCERIDES),
    (("transferrin", "saturation"), TSAT), (("transferrin", "sats"), TSAT),
    (("transferrin", "sat"), TSAT), (("tsat",), TSAT), (("tf", "sats"), TSAT),
    (("tf", "sat"), TSAT), (("iron", "saturation"), TSAT),
    (("b12",), B12), (("vitamin", "b12"), B12), (("vit", "b12"), B12), (("serum", "b12"), B12),
    (("cobalamin",), B12), (("serum", "cobalamin"), B12),
    (("folate",), FOLATE), (("serum", "folate"), FOLATE),
    (("red", "cell", "folate"), RED_CELL_FOLATE), (("rbc", "folate"), RED_CELL_FOLATE),
    (("neutrophils",), NEUTROPHILS), (("neuts",), NEUTROPHILS),
    (("neutrophil", "count"), NEUTROPHILS), (("anc",), NEUTROPHILS),
    (("absolute", "neutrophil", "count"), NEUTROPHILS),
    (("lymphocytes",), LYMPHOCYTES), (("lymphs",), LYMPHOCYTES),
    (("lymphocyte", "count"), LYMPHOCYTES),
    (("magnesium",), MAGNESIUM), (("serum", "magnesium"), MAGNESIUM), (("mg",), MAGNESIUM),
    (("serum", "mg"), MAGNESIUM),
    (("phosphate",), PHOSPHATE), (("serum", "phosphate"), PHOSPHATE), (("po4",), PHOSPHATE),
    (("phosphorus",), PHOSPHATE),
    (("ggt",), GGT), (("gamma", "gt"), GGT), (("gamma", "-", "gt"), GGT),
    (("ast",), AST), (("aspartate", "aminotransferase"), AST),
    (("lactate",), LACTATE), (("serum", "lactate"), LACTATE), (("venous", "lactate"), LACTATE),
    (("blood", "lactate"), LACTATE),
    (("bmi",), BMI), (("body", "mass", "index"), BMI),
    (("sweat", "chloride"), SWEAT_CHLORIDE), (("sweat", "cl"), SWEAT_CHLORIDE),
    (("sweat", "cl", "-"), SWEAT_CHLORIDE), (("sweat", "test"), SWEAT_CHLORIDE),
    (("sweat", "chloride", "test"), SWEAT_CHLORIDE),
    (("iop",), IOP), (("intraocular", "pressure"), IOP),
    (("intra", "-", "ocular", "pressure"), IOP),
    (("psa",), PSA), (("prolactin",), PROLACTIN), (("prl",), PROLACTIN),
    (("troponin",), TROPONIN_I), (("trop",), TROPONIN_I), (("troponin", "i"), TROPONIN_I),
    (("trop", "i"), TROPONIN_I), (("tni",), TROPONIN_I), (("hs", "-", "tni"), TROPONIN_I),
    (("troponin", "t"), TROPONIN_T), (("trop", "t"), TROPONIN_T), (("tnt",), TROPONIN_T),
    (("hs", "-", "tnt"), TROPONIN_T),
), key=lambda item: -len(item[0])))

# Words that may stand between the analyte and its number ("Na is 125", "CK of 5000", "TSH:
# 15", "ferritin level only 5", "platelets down to 40").
_BETWEEN = frozenset({
    "is", "was", "were", "of", "at", "only", "about", "around", "roughly", "approximately",
    "approx", "nearly", "almost", "just", "now", "still", "has", "been", "came", "back", "went",
    "dropped", "fell", "rose", "up", "down", "to", "it's", "its", "level", "levels", "count",
    "reading", "result", "measured", "=", ":", "-", "~", "(", "a", "serum", "plasma"})
# "under"/"below" and "over"/"above" before the number, and the reach between the analyte and
# its number, are vitals.lead_in's.
# Tokens that may make up a written unit after the number ("mmol", "/", "l"; "x", "10", "^",
# "9", "/", "l"); joined without spaces they are looked up in the analyte's units.
_UNIT_WORDS = frozenset({
    "g", "/", "l", "dl", "mmol", "mol", "meq", "mg", "umol", "µmol", "iu", "u", "ml", "min",
    "1", ".", "73", "73m2", "m2", "x", "x10", "10", "^", "9", "fl", "%", "mcg", "ug", "µg", "ng",
    "miu", "mu", "uiu", "µiu", "mlu", "ul", "µl", "mm3", "cumm", "cells", "per", "nl", "109",
    "mm", "h", "hr", "hour", "pmol", "nmol", "pg"})
_UNIT_REACH = 7
# Words that say an analyte is above or below its range without a number ("Ca low", "high
# CK"; text/normalize.py reads the arrows "↑", "↓" as "high", "low").
_HIGH_WORDS = frozenset({"high", "raised", "elevated", "increased"})
_LOW_WORDS = frozenset({"low", "reduced", "decreased", "suppressed"})
_LEVEL_WORDS = _HIGH_WORDS | _LOW_WORDS
# A word before an analyte's name that makes it something else ("vitamin K", "x 10 ^ 9"), or
# says it was measured in the urine, not the blood ("urine albumin 30 mg/L", "urinary sodium").
_NOT_AN_ANALYTE_AFTER = frozenset({"x", "^", "vitamin", "vit", "urine", "urinary"})
# h-specimen1: a level said with a specimen after it ("high calcium in the urine", "protein
# raised in his CSF", "glucose low in the spinal fluid") was measured there, not in the blood:
# the lexicon reads it as that specimen's level term (text/lexicon.py level_keys).
_SPECIMEN_WORDS = frozenset({"urine", "urinary", "wee", "pee", "csf", "cerebrospinal",
                             "spinal", "stool", "stools", "faeces", "feces", "poo"})
_BEFORE_SPECIMEN = frozenset({"in", "the", "his", "her", "my", "their", "its", "of", "a",
                              "level", "levels", "fluid"})
# h-rareclin2: a name that is also a unit ("Mg", magnesium, as clinicians write it: "Mg low",
# "K and Mg low") is the unit right after a number ("400 mg", "20 mg low dose").
_UNIT_NAMES = frozenset({"mg"})
# "ULN" (upper limit of normal) after a multiple ("3x ULN", "5 x ULN"): the value as told
# against the laboratory's own limit.
_ULN = "uln"
_TIMES = frozenset({"x", "×", "times"})
# Names that carry their unit: "BM" (a bedside capillary glucose) is written in mmol/L only.
# A number with letters on it that are no unit ("BM 3x a day") is then no value.
_NAMED_UNIT: dict[tuple[str, ...], str] = {("bm",): "mmol/l", ("cap", "bm"): "mmol/l"}
# Words after a number that make it a count, a time or a dose, not a value ("glucose 3 times a
# day", "K 10 days ago", "calcium 2 tablets").
_NO_VALUE_BEFORE = frozenset({
    "times", "time", "x", "days", "day", "weeks", "week", "months", "month", "years", "year",
    "hours", "hour", "hrs", "mins", "minutes", "tablets", "tablet", "tabs", "pills", "capsules",
    "doses", "ago", "sachets", "cups", "glasses"})


@dataclass(frozen=True, slots=True)
class LabHit:
    """One measured laboratory value: its analyte, the positions of its words, the value as
    written and its value in the analyte's first unit under each unit it may be in (one when
    the unit is written or only one unit is plausible)."""

    analyte: str
    positions: tuple[int, ...]
    value: str
    values: tuple[float, ...]
    bound: str | None = None
    # Said to be high or low in words rather than as a number ("Ca low", "Hb ↓", text/
    # normalize.py's arrows): the writer has judged it against the person's own range.
    judged: bool = False


def read_labs(words: Sequence[str], consumed: Collection[int] = ()) -> list[LabHit]:
    """The laboratory values of a question (``words``: its folded tokens, punctuation
    included). A value that no unit makes plausible is no reading."""
    return scan_readings(words, consumed, lambda k, taken: _analyte_at(words, k, taken),
                         lambda k, length, analyte, taken: _reading(
                             words, k, length, _ANALYTES[analyte], taken))


def findings(hits: Sequence[LabHit], age: float | None = None,
             sex: str | None = None) -> list[tuple[LabHit, str | None]]:
    """Each reading with the finding it makes for this person (None: inside the interval,
    or the units disagree, or a child's interval differs). A low haemoglobin with small or
    large cells is one finding, Microcytic or Macrocytic anemia, on the haemoglobin's words;
    the MCV's words then say nothing more."""
    child = age is not None and age < CHILD_BELOW_YEARS
    terms: list[str | None] = []
    for hit in hits:
        if child and hit.analyte == PLATELETS and not hit.judged:
            low = all(value < CHILD_PLATELETS_LOW for value in hit.values)
            terms.append(THROMBOCYTOPENIA if low else None)
            continue
        if child and hit.analyte not in CHILD_RANGES and not hit.judged:
            terms.append(None)
            continue
        terms.append(_term(hit, sex, age))
    anaemia = [i for i, h in enumerate(hits) if h.analyte == HB and terms[i] == ANEMIA]
    sized = {terms[i] for i, h in enumerate(hits) if h.analyte == MCV} & {LOW_MCV, HIGH_MCV}
    if anaemia and len(sized) == 1:
        combined = MICROCYTIC_ANEMIA if sized == {LOW_MCV} else MACROCYTIC_ANEMIA
        for i, hit in enumerate(hits):
            if hit.analyte == HB and terms[i] == ANEMIA:
                terms[i] = combined
            elif hit.analyte == MCV:
                terms[i] = None
    return list(zip(hits, terms, strict=True))


def is_read(hit: LabHit, sex: str | None = None, age: float | None = None) -> bool:
    """Whether a reading says anything: its units agree on one finding or on none."""
    return _agreed(hit, sex, age) is not None


def _term(hit: LabHit, sex: str | None, age: float | None = None) -> str | None:
    agreed = _agreed(hit, sex, age)
    return agreed[0] if agreed else None


def _esr_limit(age: float | None, sex: str | None) -> float | None:
    """The upper limit of a normal ESR (mm/h) for this person (Miller et al. 1983: age / 2 for
    a man, (age + 10) / 2 for a woman, the woman's when the sex is unknown); None without an
    age."""
    if age is None:
        return None
    return age / 2 if sex == "male" else (age + 10) / 2


# NICE NG12 (Suspected cancer: recognition and referral), recommendation 1.6.3 and its table
# "Age-specific PSA thresholds for people with possible symptoms of prostate cancer"
# (micrograms/litre, the same as ng/mL): (from age, below age, threshold). Below 40 and above
# 79 the table says "use clinical judgement".
PSA_LIMITS: tuple[tuple[float, float, float], ...] = (
    (40.0, 50.0, 2.5), (50.0, 60.0, 3.5), (60.0, 70.0, 4.5), (70.0, 80.0, 6.5))


def _psa_reading(hit: LabHit, age: float | None) -> tuple[str | None] | None:
    """A PSA number's finding (a 1-tuple, None inside the range) against NICE NG12's threshold
    for the age, or None (unread) at the ages the table leaves to clinical judgement and for an
    upper bound. Without an age: high only above every row's threshold, nothing only at or
    below every one, unread in between."""
    if hit.bound == "below":
        return None
    if age is not None:
        limit = next((limit for start, end, limit in PSA_LIMITS if start <= age < end), None)
        if limit is None:
            return None
        return (HIGH_PSA if all(value > limit for value in hit.values) else None,)
    if all(value > max(limit for _, _, limit in PSA_LIMITS) for value in hit.values):
        return (HIGH_PSA,)
    if all(value <= min(limit for _, _, limit in PSA_LIMITS) for value in hit.values):
        return (None,)
    return None


def _agreed(hit: LabHit, sex: str | None,
            age: float | None = None) -> tuple[str | None] | None:
    """The one finding the readings of a value in each plausible unit agree on (a 1-tuple, its
    term None inside the interval), or None when they disagree."""
    analyte = _ANALYTES[hit.analyte]
    if hit.analyte == ESR and not hit.judged:
        limit = _esr_limit(age, sex)
        if limit is None:
            return None
        return (HIGH_ESR if all(value > limit for value in hit.values) else None,)
    if hit.analyte == PSA and not hit.judged:
        return _psa_reading(hit, age)
    low = MALE_HB_LOW if hit.analyte == HB and sex == "male" else None
    high = (FEMALE_CREATININE_HIGH if hit.analyte == CREATININE and sex == "female"
            else FEMALE_HB_HIGH if hit.analyte == HB and sex == "female"
            else MALE_TSAT_HIGH if hit.analyte == TSAT and sex == "male" else None)
    terms = {analyte.finding(value, low, high) for value in hit.values}
    if len(terms) != 1:
        return None
    term = terms.pop()
    if hit.bound == "below" and term is not None and term == analyte.high_term:
        return None
    if hit.bound == "above" and term is not None and term == analyte.low_term:
        return None
    return (term,)


def _analyte_at(words: Sequence[str], k: int, taken: Collection[int]) -> tuple[int, str] | None:
    named = phrase_at(words, k, taken, _NAME_INDEX)
    if named is not None and k > 0 and words[k - 1] in _NOT_AN_ANALYTE_AFTER:
        return None  # "x 10 ^ 9", "vitamin K"
    if (named is not None and words[k] in _UNIT_NAMES and k > 0
            and _value_start(words[k - 1]) is not None):
        return None  # "20 mg low dose aspirin": a dose's unit
    return named


def _reading(words: Sequence[str], k: int, length: int, analyte: Analyte,
             taken: Collection[int]) -> LabHit | None:
    """The number after the analyte at ``k``, its unit and its values."""
    lead = lead_in(words, k + length, taken, _BETWEEN, _value_start)
    if lead is None:
        return _level(words, k, length, analyte, taken)
    between, bound, j = lead
    positions = [*range(k, k + length), *between]
    value, unit, j = _number_with_unit(words, j, positions)
    if value is None:
        return None
    if _times_upper_limit(words, j, unit, positions):
        return _above_upper_limit(analyte, value, positions)
    tail: list[int] = []
    while j < len(words) and words[j] in _UNIT_WORDS and len(tail) < _UNIT_REACH:
        tail.append(j)
        j += 1
    written = _unit(analyte, unit + "".join(words[i] for i in tail))
    if written is None:  # the longest run names no unit: try it shorter ("mmol/l ." )
        while tail and written is None:
            tail.pop()
            written = _unit(analyte, unit + "".join(words[i] for i in tail)) if tail else None
        if written is None and unit:
            written = _unit(analyte, unit)
    named = _NAMED_UNIT.get(tuple(words[k:k + length]))
    if named is not None and written is None:
        if unit or tail:  # letters or unit words that are no unit of this analyte
            return None
        written = _unit(analyte, named)
    if written is not None:
        positions.extend(tail)
        units: tuple[Unit, ...] = (written,)
    else:
        units = tuple(u for u in analyte.units if u.bare)
    if j < len(words) and words[j] in _NO_VALUE_BEFORE:  # "glucose 3 times a day"
        return None
    values = tuple(_in_first_unit(analyte, u, value) for u in units
                   if u.plausible[0] <= value <= u.plausible[1]
                   and not (u.whole and value != int(value)))
    if not analyte.units and not analyte.low_term and not analyte.high_term:
        values = (value,)  # a test named only to be told apart ("red cell folate 400"): context
    if not values:
        return None
    return LabHit(analyte.name, tuple(positions), f"{value:g}", values, bound)


def _times_upper_limit(words: Sequence[str], j: int, unit: str, positions: list[int]) -> bool:
    """Whether "x ULN" is written after the number before ``j`` ("lipase 3x ULN", "ALT 5 x
    ULN", "CK >10xULN"; ``unit``: the letters on the number), its words then added to
    ``positions``."""
    if unit == "x" + _ULN:
        return True
    if unit == "x" and j < len(words) and words[j] == _ULN:
        positions.append(j)
        return True
    if not unit and j + 1 < len(words) and words[j] in _TIMES and words[j + 1] == _ULN:
        positions.extend((j, j + 1))
        return True
    return False


def _above_upper_limit(analyte: Analyte, times: float, positions: list[int]) -> LabHit | None:
    """A value written as a multiple of the laboratory's upper limit of normal: more than once
    the limit is high whatever the laboratory's interval, as when the writer says "raised";
    at or below it nothing is known of a low side."""
    if times <= 1 or not analyte.high_term:
        return None
    value = analyte.high * times if analyte.high is not None else math.inf
    return LabHit(analyte.name, tuple(positions), f"{times:g}x ULN", (value,), judged=True)


def _level(words: Sequence[str], k: int, length: int, analyte: Analyte,
           taken: Collection[int]) -> LabHit | None:
    """An analyte said to be high or low in words, right after its name ("Ca low", "CK high",
    "Hb ↓" read as "hb low", "TSH is low") or right before it ("low Hb", "high Ca"): a value
    beyond the cut-off on that side, when the analyte has a finding there."""
    after = k + length
    if after < len(words) and words[after] in ("is", "was") and after not in taken:
        after += 1
    found = [(after, words[after])] if after < len(words) and after not in taken else []
    if k > 0 and k - 1 not in taken:
        found.append((k - 1, words[k - 1]))
        if _leads_the_next(words, after, taken) and words[k - 1] in _LEVEL_WORDS:
            found.reverse()  # "↑TSH ↓fT4": each arrow before its own analyte
    for position, said in found:
        word = "high" if analyte.name in _POSITIVE_IS_HIGH and said == "positive" else said
        if word in _HIGH_WORDS and analyte.high_term:
            value = analyte.high * 2 if analyte.high is not None else math.inf
        elif word in _LOW_WORDS and analyte.low_term:
            value = analyte.low / 2 if analyte.low is not None else -math.inf
        else:
            continue
        positions = sorted({*range(k, k + length), *range(min(position, k + length), position + 1)}
                           if position > k else {position, *range(k, k + length)})
        if _in_a_specimen(words, positions[-1] + 1):
            return None
        return LabHit(analyte.name, tuple(positions), word, (value,), judged=True)
    return None


def _in_a_specimen(words: Sequence[str], after: int) -> bool:
    """Whether the words from ``after`` name a specimen other than the blood, after "in" ("in
    the urine", "in his wee", "in CSF", "in the spinal fluid")."""
    if after >= len(words) or words[after] != "in":
        return False
    j = after + 1
    while j < len(words) and j - after <= 3 and words[j] in _BEFORE_SPECIMEN:
        j += 1
    return j < len(words) and words[j] in _SPECIMEN_WORDS


def _leads_the_next(words: Sequence[str], after: int, taken: Collection[int]) -> bool:
    """Whether the word at ``after`` is a level word standing right before another analyte's
    name ("high TSH low fT4", arrows read as words): it is that analyte's, when the writer puts
    the level before the name."""
    if after + 1 >= len(words) or words[after] not in _LEVEL_WORDS:
        return False
    return _analyte_at(words, after + 1, taken) is not None


def _number_with_unit(words: Sequence[str], j: int,
                      positions: list[int]) -> tuple[float | None, str, int]:
    """The number at ``j`` and a unit written onto it or onto its decimals ("85g", "3", ".",
    "1mmol"): its value, that unit ("" for none) and the position after it."""
    word = words[j]
    if word in NUMBER_WORDS:
        if j + 1 < len(words) and words[j + 1] == "of":  # "one of the tests": a count
            return None, "", j
        said, after = _number_in_words(words, j, positions)
        return said, "", after
    lead = _leading_number(word)
    if lead is None:
        return None, "", j
    digits, rest = lead
    if not rest:
        value, after = read_number(words, j, positions)
        if value is None:
            return None, "", j
        last = words[after - 1]
        attached = last[len("".join(c for c in last if c.isdigit())):] if last[:1].isdigit() else ""
        return value, _attached_unit(attached), after
    if rest.endswith("k") and rest == "k":  # "40k" is 40,000
        positions.append(j)
        return float(digits) * 1000, "", j + 1
    positions.append(j)
    return float(digits), _attached_unit(rest), j + 1


# h-rank4 (issue 14): a value said in words ("my PSA was eleven", "PSA came back at
# twenty-two", "eleven point five"): the shared number words (text/normalize.py NUMBER_WORDS,
# one to ninety), a tens word and a unit word ("twenty two", "twenty - two"), "hundred" after
# one of them, and "point" with a digit word for one decimal. A time or count word after it
# ("TSH two weeks ago") is no value, as after digits (_NO_VALUE_BEFORE), nor one before "of"
# ("PSA was one of the tests").
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_DIGIT_WORDS = {"zero": 0, "nought": 0, "oh": 0, **{w: v for w, v in NUMBER_WORDS.items()
                                                   if v < 10}}


def _value_start(word: str) -> object:
    """What starts a value: digits (_leading_number) or a number word; None otherwise."""
    return _leading_number(word) or (word if word in NUMBER_WORDS else None)


def _number_in_words(words: Sequence[str], j: int, positions: list[int]) -> tuple[float, int]:
    """The value of the number words at ``j`` (module note above) and the position after
    them; the positions read are added to ``positions``."""
    value = float(NUMBER_WORDS[words[j]])
    positions.append(j)
    j += 1
    if words[j - 1] in _TENS:
        step = 2 if j + 1 < len(words) and words[j] == "-" else 1
        unit = words[j + step - 1] if j + step - 1 < len(words) else ""
        if unit in _DIGIT_WORDS and _DIGIT_WORDS[unit] > 0:
            value += _DIGIT_WORDS[unit]
            positions.extend(range(j, j + step))
            j += step
    if j < len(words) and words[j] == "hundred" and value < 10:
        value *= 100
        positions.append(j)
        j += 1
    if j + 1 < len(words) and words[j] == "point" and words[j + 1] in _DIGIT_WORDS:
        value += _DIGIT_WORDS[words[j + 1]] / 10
        positions.extend((j, j + 1))
        j += 2
    return value, j


def _attached_unit(rest: str) -> str:
    return rest if rest and not rest.isdigit() else ""


def _leading_number(word: str) -> tuple[str, str] | None:
    """The digits a token starts with and the letters after them ("85g": "85", "g")."""
    digits = ""
    for c in word:
        if not c.isdigit():
            break
        digits += c
    if not digits:
        return None
    rest = word[len(digits):]
    if rest and number(word) is None and not rest.isalpha() and rest not in ("%",):
        return None
    return digits, rest


def _unit(analyte: Analyte, written: str) -> Unit | None:
    if not written:
        return None
    for unit in analyte.units:
        if written in unit.names:
            return unit
    return None


def _in_first_unit(analyte: Analyte, unit: Unit, value: float) -> float:
    if analyte.name == HBA1C and unit is not analyte.units[0]:
        return value / 10.929 + 2.15  # IFCC mmol/mol to NGSP %
    return value * unit.factor


_NAME_INDEX = phrase_index(_NAMES)
_ONE_WORD_NAMES = frozenset(words[0] for words, _ in _NAMES if len(words) == 1)


def names_a_test(word: str) -> bool:
    """Whether the folded ``word`` alone names a test this module reads ("ck", "alb", "alt"):
    a gene symbol of the same letters ("ALB") is then read as a gene only with gene words
    beside it (text/genes.py)."""
    return word in _ONE_WORD_NAMES


_NAMED: dict[tuple[str, ...], str] = dict(_NAMES)


def said_level(name: Sequence[str], level: str) -> str | None:
    """The finding of the analyte named by exactly the folded words ``name`` said to be
    ``level`` in words ("high", "raised", "low", ...), or None (no analyte of that name, or
    none with a finding on that side): a substance of a list sharing one level word ("low Na,
    K and Cl", text/listed_levels.py)."""
    analyte = _NAMED.get(tuple(name))
    if analyte is None:
        return None
    known = _ANALYTES[analyte]
    if level in _HIGH_WORDS:
        return known.high_term
    if level in _LOW_WORDS:
        return known.low_term
    return None

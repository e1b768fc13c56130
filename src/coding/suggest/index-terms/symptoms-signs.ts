/** Clinical terms, symptoms, signs and abnormal findings: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const SYMPTOMS_SIGNS_TERMS = `
R00.0 | fast heart rate; rapid heart rate; rapid pulse; tachycardic; sinus tachycardia
R00.1 | slow heart rate; slow pulse; bradycardic; sinus bradycardia
R00.2 | heart racing; racing heart; pounding heart; heart fluttering; fluttering in chest; heart palpitations
R01.1 | heart murmur; murmur; systolic murmur; cardiac murmur
R01.0 | innocent murmur; functional murmur; flow murmur; benign murmur
R03.0 | elevated blood pressure reading; high blood pressure reading; white coat hypertension; white coat syndrome
R03.1 | low blood pressure reading
R04.0 | nosebleed; nose bleed; nosebleeds; bloody nose; epistaxis
R04.2 | coughing up blood; hemoptysis; haemoptysis; blood in sputum; bloody sputum
R05.9 | cough; coughing; cough nos
R05.1 | acute cough
R05.3 | chronic cough; persistent cough
R06.02 | sob; shortness of breath; short of breath; breathlessness; winded
R06.00 | dyspnea; dyspnoea; difficulty breathing; trouble breathing; labored breathing
R06.01 | orthopnea; unable to lie flat; shortness of breath lying flat
R06.2 | wheezing; wheeze; wheezy
R06.82 | tachypnea; rapid breathing; fast breathing
R06.6 | hiccups; hiccup; hiccough
R06.83 | snoring
R06.1 | stridor
R06.4 | hyperventilation; overbreathing
R09.02 | hypoxemia; hypoxia; low oxygen; low oxygen saturation; desaturation; low o2 sats
R09.81 | nasal congestion; stuffy nose; blocked nose; stuffed up nose
R09.82 | postnasal drip; post-nasal drip; post nasal drip
R09.3 | sputum production; phlegm; abnormal sputum; mucus production
R09.A2 | lump in throat sensation; something stuck in throat; foreign body sensation in throat
R07.9 | chest pain; chest discomfort
R07.89 | chest pressure; chest tightness; atypical chest pain; chest wall pain; noncardiac chest pain
R07.81 | pleuritic chest pain; pleuritic pain; pleurodynia
R07.1 | pain on breathing; painful respiration; pain with deep breath; chest pain on inspiration
R07.2 | precordial pain; precordial chest pain
R07.0 | throat pain; pain in throat
R10.9 | abdominal pain; abd pain; belly pain; stomach pain; stomach ache; stomachache; tummy ache
R10.13 | epigastric pain; epigastric abdominal pain
R10.11 | ruq pain; ruq abdominal pain
R10.12 | luq pain; luq abdominal pain
R10.31 | rlq pain; rlq abdominal pain
R10.32 | llq pain; llq abdominal pain
R10.33 | periumbilical pain; umbilical pain; belly button pain
R10.30 | lower abdominal pain
R10.10 | upper abdominal pain
R10.84 | generalized abdominal pain; diffuse abdominal pain
R10.2 | pelvic pain; perineal pain
R10.0 | acute abdomen; surgical abdomen
R10.81 | abdominal tenderness; tender abdomen
R10.83 | colic; infantile colic; colicky infant; colicky baby
R11.0 | nausea; nauseated; nauseous; queasy; queasiness
R11.10 | vomiting; throwing up; emesis
R11.2 | nausea and vomiting; n and v; nausea with vomiting
R11.14 | bilious vomiting; bile vomiting
R12 | pyrosis; acid indigestion
R13.1 | dysphagia; trouble swallowing; difficulty swallowing; swallowing difficulty
R14.0 | bloating; bloated; abdominal bloating; abdominal distension; distended abdomen
R14.3 | flatulence; flatus; excessive gas; passing gas
R14.2 | belching; burping; eructation
R15.9 | fecal incontinence; bowel incontinence; accidental bowel leakage; incontinence of stool
R19.7 | diarrhea; diarrhoea; loose stools; watery stools; loose bowel movements
R19.5 | heme positive stool; hemoccult positive; guaiac positive stool; positive fobt; positive fit test; occult blood in stool
R19.4 | change in bowel habits; altered bowel habits
R19.0 | abdominal mass; abdominal lump; pelvic mass; abdominal swelling
R19.6 | bad breath; halitosis
R17 | jaundice; yellow skin; icterus; yellowing of skin; jaundiced
R18.8 | ascites; fluid in abdomen; abdominal fluid
R16.0 | hepatomegaly; enlarged liver
R16.1 | splenomegaly; enlarged spleen
R16.2 | hepatosplenomegaly
R20.0 | numbness; numb
R20.2 | tingling; pins and needles; paresthesia; paresthesias; paraesthesia
R20.1 | decreased sensation; reduced sensation; diminished sensation; hypoesthesia
R21 | rash; skin rash; skin eruption; rash nos
R22 | lump; skin lump; soft tissue mass; subcutaneous nodule; localized swelling; soft tissue swelling
R23.0 | cyanosis; blue lips; bluish skin; cyanotic
R23.1 | pallor; pale skin; paleness; pale
R23.2 | flushing; flushed; facial flushing
R23.3 | easy bruising; bruises easily; spontaneous bruising; spontaneous ecchymoses
R25.1 | tremor; tremors; shaking; shakiness; trembling
R25.2 | muscle cramps; muscle cramp; muscle spasms; muscle spasm; charley horse
R26.9 | gait abnormality; gait disturbance; abnormal gait; gait problem; gait instability
R26.2 | difficulty walking; trouble walking; difficulty in walking
R26.81 | unsteady gait; unsteadiness; unsteady on feet; off balance; poor balance
R26.0 | ataxic gait
R27.0 | ataxia
R29.6 | repeated falls; frequent falls; multiple falls; recurrent falls
R29.810 | facial weakness; facial droop
R30.0 | dysuria; painful urination; burning with urination; burning on urination; burning urination
R31.9 | hematuria; haematuria; blood in urine; bloody urine
R31.0 | gross hematuria; visible hematuria; frank hematuria
R31.2 | microscopic hematuria; microhematuria; micro hematuria
R32 | urinary incontinence; incontinence of urine; leaking urine; bladder leakage
R33.9 | urinary retention; unable to urinate; inability to void; cannot urinate
R35.0 | urinary frequency; frequent urination; frequency of micturition
R35.1 | nocturia; nighttime urination; night time urination; waking up to urinate
R35.89 | polyuria; excessive urination; passing large amounts of urine
R39.15 | urinary urgency; urgency of urination
R39.11 | urinary hesitancy; hesitancy; difficulty starting urination
R39.12 | weak urinary stream; weak stream; poor urinary stream
R39.14 | incomplete bladder emptying; feeling of incomplete emptying
R34 | oliguria; anuria; low urine output; decreased urine output
R40.0 | somnolence; drowsiness; drowsy; sleepy
R41.0 | confusion; confused; disorientation; disoriented
R41.82 | ams; altered mental status; mental status change; change in mental status; altered sensorium
R41.3 | memory loss; forgetfulness; amnesia; memory problems
R41.81 | senility; age-related memory decline; senile cognitive decline
R41.840 | poor concentration; difficulty concentrating; trouble concentrating
R42 | dizziness; dizzy; lightheaded; lightheadedness; light-headed; giddiness; vertigo
R43.0 | loss of smell; anosmia; lost sense of smell
R44.0 | auditory hallucinations; hearing voices
R44.1 | visual hallucinations; seeing things
R44.3 | hallucinations
R45.851 | suicidal ideation; suicidal thoughts; thoughts of suicide; suicidal ideations
R45.1 | agitation; agitated; restlessness
R45.0 | nervousness; jittery; feeling nervous
R45.4 | irritability; anger; angry outbursts
R47.01 | aphasia; word finding difficulty; word-finding difficulty
R47.1 | dysarthria
R47.81 | slurred speech; slurring words; slurring speech
R49.0 | hoarseness; hoarse voice; dysphonia; raspy voice
R50.9 | fever; fevers; febrile; pyrexia; high temperature; running a fever
R50.82 | postoperative fever; post-op fever; postop fever
R50.83 | postvaccination fever; fever after vaccination
R51.9 | headache; headaches; head ache; cephalgia; head pain
R52 | generalized pain; pain nos; pain unspecified
R53.83 | fatigue; tired; tiredness; lethargy; lack of energy; low energy; exhaustion; feeling tired
R53.81 | malaise; debility; deconditioning; physical deconditioning; feeling unwell
R53.1 | generalized weakness; weakness; asthenia; feeling weak
R53.82 | chronic fatigue
R54 | frailty; frail elderly; frail; senile debility; age-related debility
R55 | syncope; fainting; passed out; passing out; syncopal episode; near syncope; presyncope; vasovagal syncope
R56.9 | seizure; seizures; convulsion; convulsions; seizure-like activity
R56.00 | febrile seizure; febrile convulsion; febrile seizures
R65.21 | septic shock
R59.9 | lymphadenopathy; swollen lymph nodes; enlarged lymph nodes; swollen glands; adenopathy
R59.0 | localized lymphadenopathy; localized adenopathy
R60.9 | edema; oedema; fluid retention
R60.0 | pedal edema; peripheral edema; leg swelling; ankle swelling; swollen legs; swollen ankles; lower extremity edema; localized edema
R60.1 | anasarca; generalized edema; generalized swelling
R61 | night sweats; excessive sweating; sweating; diaphoresis; diaphoretic
R62.51 | failure to thrive; ftt
R62.7 | adult failure to thrive
R62.50 | developmental delay; delayed development; lack of expected physiological development
R62.0 | delayed milestones; delayed milestone; late walker; delayed walking
R62.52 | short stature; short for age
R63.0 | loss of appetite; poor appetite; decreased appetite; anorexia
R63.4 | weight loss; unintentional weight loss; unexplained weight loss; losing weight; abnormal weight loss
R63.5 | weight gain; abnormal weight gain; gaining weight
R63.1 | polydipsia; excessive thirst; increased thirst
R63.2 | polyphagia; excessive eating; increased appetite
R63.3 | feeding difficulties; feeding problems; poor feeding; feeding difficulty
R63.6 | underweight; low body weight
R64 | cachexia; wasting syndrome; cachectic
R68.83 | chills; rigors; shaking chills; shivering
R68.2 | dry mouth; xerostomia
R68.84 | jaw pain
R68.12 | fussy infant; fussy baby; irritable infant
R70.0 | elevated esr; high sed rate; raised esr; elevated sedimentation rate
R73.03 | prediabetes; pre-diabetes; prediabetic; borderline diabetes
R73.01 | impaired fasting glucose; ifg
R73.02 | impaired glucose tolerance; igt
R73.09 | elevated a1c; elevated hemoglobin a1c; abnormal glucose; abnormal blood sugar
R73.9 | hyperglycemia; high blood sugar; elevated blood sugar; elevated glucose; high glucose
R74.01 | elevated liver enzymes; elevated transaminases; transaminitis; elevated alt; elevated ast; elevated lfts
R74.02 | elevated ldh
R74.8 | elevated alkaline phosphatase; elevated ck; elevated cpk; elevated lipase; elevated amylase
R78.81 | bacteremia; positive blood culture; positive blood cultures
R79.1 | elevated inr; supratherapeutic inr; prolonged inr; prolonged pt; prolonged ptt; abnormal coags
R79.82 | elevated crp; high crp; raised crp; elevated c-reactive protein
R80.9 | proteinuria; protein in urine
R81 | glycosuria; glucose in urine; sugar in urine
R82.71 | bacteriuria; bacteria in urine; asymptomatic bacteriuria
R82.81 | pyuria; white cells in urine; wbc in urine; sterile pyuria
R82.4 | ketonuria; ketones in urine
R82.90 | abnormal urinalysis; abnormal ua; abnormal urine test
R76.11 | positive ppd; positive tb skin test; positive tuberculin skin test; positive tst
R76.12 | positive quantiferon; positive igra; positive quantiferon gold
R76.8 | positive ana; ana positive; positive antinuclear antibody
R87.610 | asc-us; ascus; ascus pap; atypical squamous cells of undetermined significance
R87.611 | asc-h; asch pap
R87.612 | lsil; lsil pap; low grade squamous intraepithelial lesion
R87.613 | hsil; hsil pap; high grade squamous intraepithelial lesion
R87.810 | high risk hpv positive; hpv positive; positive hpv; hr hpv positive
R87.619 | abnormal pap; abnormal pap smear; abnormal cervical cytology
R91.1 | lung nodule; pulmonary nodule; solitary pulmonary nodule; spn; coin lesion
R91.8 | lung mass; pulmonary mass; multiple lung nodules; multiple pulmonary nodules; ground glass opacity; lung opacity; abnormal chest x-ray
R92.8 | abnormal mammogram; abnormal mammography; suspicious mammogram
R92.0 | breast microcalcifications; microcalcifications on mammogram; breast calcifications
R92.3 | dense breasts; dense breast tissue; breast density
R90.82 | white matter disease; white matter changes; white matter hyperintensities
R93.0 | abnormal brain mri; abnormal head ct; abnormal brain imaging
R94.31 | abnormal ekg; abnormal ecg; abnormal electrocardiogram; nonspecific st-t changes; nonspecific st changes; t wave inversion
R94.4 | elevated creatinine; abnormal renal function tests; abnormal kidney function tests; abnormal renal function
R94.5 | abnormal lfts; abnormal liver function tests; abnormal liver tests
R94.6 | abnormal thyroid function tests; abnormal tfts; abnormal tsh; abnormal thyroid tests
R97.20 | elevated psa; high psa; raised psa; increased psa
R97.21 | rising psa after treatment; biochemical recurrence of prostate cancer; psa recurrence
R97.0 | elevated cea; elevated carcinoembryonic antigen
R97.1 | elevated ca-125; elevated ca 125; raised ca-125
R77.8 | abnormal serum protein; abnormal protein electrophoresis; abnormal spep
R68.81 | early satiety; feeling full quickly; full after small meals
R68.3 | clubbing; digital clubbing; finger clubbing; nail clubbing
R68.13 | alte; brue; brief resolved unexplained event; apparent life-threatening event
R45.86 | emotional lability; mood swings; labile mood
R45.850 | homicidal ideation; homicidal thoughts
R46.0 | poor hygiene; poor personal hygiene; self-neglect of hygiene
R53.0 | cancer-related fatigue; cancer fatigue; neoplastic fatigue
R90.0 | intracranial mass; brain mass on imaging; intracranial space-occupying lesion
R93.1 | abnormal echocardiogram; abnormal echo; abnormal cardiac imaging
R93.5 | abnormal ct abdomen; abnormal abdominal ultrasound; abnormal abdominal imaging
R94.01 | abnormal eeg; abnormal electroencephalogram
R94.2 | abnormal pfts; abnormal pulmonary function tests; abnormal spirometry
R94.39 | abnormal stress test; positive stress test; abnormal cardiac stress test
R79.81 | abnormal abg; abnormal blood gas; abnormal arterial blood gas
R71.0 | drop in hemoglobin; hemoglobin drop; hematocrit drop; acute drop in hemoglobin
R06.03 | acute respiratory distress; respiratory distress
R06.81 | apnea; apneic episode; apneic spell
R27.8 | incoordination; poor coordination; clumsiness; lack of coordination
R36.0 | urethral discharge; penile discharge
R46.2 | bizarre behavior; strange behavior; odd behavior
R49.1 | loss of voice; lost voice; aphonia
R59.1 | generalized lymphadenopathy; diffuse lymphadenopathy
R25.3 | fasciculations; muscle twitching; twitching muscles
R39.16 | straining to urinate; straining to void
R78.71 | elevated blood lead; elevated lead level; lead level elevated
R05.2 | subacute cough
R26.89 | shuffling gait; antalgic gait; limping; limp
R58 | bleeding nos; hemorrhage nos
R40.1 | stupor; stuporous
`;

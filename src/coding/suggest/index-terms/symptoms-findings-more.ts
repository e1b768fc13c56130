/** Clinical terms, more symptoms, signs, abnormal findings, lumps and swelling by site: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const SYMPTOMS_FINDINGS_MORE_TERMS = `
R22.0 | facial swelling; swollen face; face swelling; puffy face; lump on head; scalp lump; scalp mass; head lump; facial mass; facial lump; bump on head
R22.1 | neck mass; neck lump; lump in neck; mass in neck; neck swelling; swollen neck; bump on neck
R22.2 | chest wall mass; chest wall lump; back lump; lump on back; mass on back; flank mass; abdominal wall mass; abdominal wall lump; trunk mass
R22.3 | arm mass; arm lump; lump on arm; forearm mass; hand mass; hand lump; lump on hand; finger lump; wrist lump; upper extremity mass
R22.4 | leg mass; leg lump; lump on leg; thigh mass; thigh lump; foot lump; lump on foot; calf mass; lower extremity mass
R22.9 | lump under skin; skin nodule; subcutaneous mass; bump under skin; skin lump nos
R19.0 | belly lump; lump in belly; lump in stomach; mass in abdomen; epigastric mass; periumbilical mass; umbilical mass; intra-abdominal mass
N63 | breast nodule; breast lumps; lump on breast; breast swelling; palpable breast mass
M79.89 | arm swelling; swollen arm; hand swelling; swollen hand; finger swelling; swollen finger; toe swelling; swollen toe; limb swelling; swollen limb
M25.4 | swollen joints; joint swellings; swelling of joint
N50.89 | scrotal swelling; swollen scrotum; scrotal mass; testicular mass; testicular swelling; swollen testicle; lump on testicle; testicular lump
N28.89 | renal mass; kidney mass; renal lesion; kidney lesion; renal nodule
K86.89 | pancreatic mass; pancreatic lesion; pancreas mass; pancreatic nodule
D73.89 | splenic lesion; spleen lesion; splenic mass; splenic nodule
J98.59 | mediastinal mass; mediastinal lesion; anterior mediastinal mass
G93.89 | brain lesion; brain lesions; cerebral lesion; intracranial lesion
M89.9 | bone lesion; lytic lesion; lytic bone lesion; osseous lesion; sclerotic bone lesion
N32.89 | bladder mass; bladder lesion; bladder wall thickening
E27.8 | adrenal lesion; adrenal nodules; adrenal incidentalomas
K76.89 | liver lesions; hepatic lesions; liver hypodensity; hepatic hypodensity
H02.84 | eyelid swelling; swollen eyelid; puffy eyelid; eyelid edema; puffy eyes
R59.0 | axillary lymphadenopathy; cervical lymphadenopathy; inguinal lymphadenopathy; swollen gland in neck; hilar adenopathy; mediastinal lymphadenopathy
R09.89 | crackles; rales; rhonchi; chest congestion; decreased breath sounds; abnormal breath sounds; abnormal lung sounds
R01.2 | friction rub; pericardial rub; pericardial friction rub
R00.8 | gallop; s3 gallop; s4 gallop; gallop rhythm
R29.2 | hyperreflexia; hyporeflexia; abnormal reflexes; brisk reflexes; positive babinski; babinski sign; clonus
R29.1 | nuchal rigidity; meningismus; meningeal signs
R29.0 | tetany; carpopedal spasm
R29.3 | abnormal posture; posturing
R29.5 | transient paralysis; temporary paralysis
R19.3 | abdominal rigidity; rigid abdomen; abdominal guarding; guarding
R10.82 | rebound tenderness; abdominal rebound tenderness
R19.11 | absent bowel sounds
R19.12 | hyperactive bowel sounds
R19.15 | hypoactive bowel sounds; decreased bowel sounds; abnormal bowel sounds
R19.2 | visible peristalsis
R23.4 | skin thickening; thickened skin; skin texture changes
R23.8 | skin discoloration; skin changes; discolored skin; skin darkening
R20.3 | hyperesthesia; skin hypersensitivity; sensitive skin to touch
R20.8 | burning skin; burning sensation of skin; skin burning; allodynia
R25.0 | head bobbing; head nodding; abnormal head movements
R25.8 | involuntary movements; abnormal movements; jerking movements
R26.1 | paralytic gait; spastic gait
R06.09 | dyspnea on exertion; doe; exertional dyspnea; shortness of breath on exertion; sob on exertion; exertional shortness of breath; winded with exertion
R06.02 | out of breath; cannot catch breath; can't catch breath; gasping for air; breathless
R06.3 | cheyne-stokes respiration; cheyne stokes breathing; periodic breathing
R06.5 | mouth breathing; mouth breather
R06.7 | sneezing; sneeze; sneezes
R06.89 | breath-holding spells; breath holding spell; sighing respiration
R09.01 | asphyxia
R09.2 | respiratory arrest; stopped breathing
R05.9 | productive cough; dry cough; nonproductive cough; hacking cough; coughing up phlegm; wet cough
R09.81 | stuffy; stuffiness; congested nose; nose congestion; sinus congestion
R07.82 | intercostal pain; intercostal neuralgia
R07.9 | chest pains; chest hurts; pain in chest
R07.89 | chest heaviness; chest ache; musculoskeletal chest pain; chest wall tenderness
R00.2 | skipped beats; skipping beats; heart skipping; heart flutters; heart pounding
R55 | blacked out; blackout; blackouts; fainted; fainting spell; faint; vasovagal episode
R42 | room spinning; spinning sensation; woozy; wooziness; disequilibrium
R11.11 | vomiting without nausea
R11.12 | projectile vomiting
R11.13 | feculent vomiting; fecal vomiting
R11.10 | puking; vomited; vomits
R13.0 | aphagia; unable to swallow; cannot swallow
R13.11 | oral phase dysphagia
R13.12 | oropharyngeal dysphagia
R13.13 | pharyngeal dysphagia
R13.14 | pharyngoesophageal dysphagia
R13.19 | esophageal dysphagia; food sticking in chest; food getting stuck
R15.0 | incomplete defecation; incomplete evacuation; incomplete bowel emptying
R15.1 | fecal smearing; stool smearing
R15.2 | fecal urgency; bowel urgency; urgency to defecate
R12 | heartburn; heart burn; burning in chest after meals
R14.0 | gassy; bloated stomach; swollen belly; stomach bloating
R10.9 | belly ache; bellyache; tummy pain; gut pain; stomach cramps
R63.0 | no appetite; not hungry; not eating well
R63.1 | always thirsty; very thirsty
R68.2 | cottonmouth; mouth dryness
R53.83 | worn out; always tired; no energy; run down; feeling exhausted
R53.1 | weak all over; feeling weak all over
R50.9 | feverish; running a temperature; temperature elevation; elevated temperature
R50.2 | drug fever; drug-induced fever
R50.84 | febrile transfusion reaction; fnhtr; febrile nonhemolytic transfusion reaction
R51.0 | positional headache; orthostatic headache; headache when standing
R56.1 | post-traumatic seizure; posttraumatic seizures; seizure after head injury
R57.9 | shock; circulatory shock
R57.1 | hypovolemic shock; hemorrhagic shock
R40.20 | coma; comatose
R40.3 | persistent vegetative state; vegetative state; pvs
R40.4 | transient loss of awareness; brief loss of awareness; transient alteration of awareness
R41.1 | anterograde amnesia
R41.2 | retrograde amnesia
R41.4 | neglect syndrome; hemineglect; hemispatial neglect; visual neglect
R41.83 | borderline intellectual functioning; borderline iq
R41.841 | cognitive communication deficit; cognitive-communication deficit
R41.842 | visuospatial deficit
R41.843 | psychomotor deficit
R41.844 | executive dysfunction; executive function deficit; frontal lobe deficit
R43.2 | loss of taste; ageusia; lost sense of taste; altered taste; parageusia; dysgeusia; metallic taste
R43.1 | parosmia; distorted smell
R43.8 | loss of smell and taste; loss of taste and smell
R44.2 | tactile hallucinations; olfactory hallucinations
R45.2 | unhappiness; unhappy
R45.3 | apathy; apathetic; demoralization; lack of motivation
R45.5 | hostility; hostile
R45.6 | violent behavior; combative; physically aggressive; physical aggression
R45.7 | emotional shock; acute emotional reaction
R45.81 | low self-esteem; poor self-esteem; poor self-image
R45.82 | worries; worrying; excessive worry
R45.83 | excessive crying; inconsolable crying; crying baby; excessive crying infant
R45.84 | anhedonia
R45.87 | impulsivity; impulsive; impulsiveness
R46.3 | overactivity; hyperactive behavior
R46.4 | psychomotor slowing; poor responsiveness
R46.81 | obsessive behavior; compulsive behavior
R47.02 | dysphasia
R47.9 | speech disturbance; speech difficulty; trouble speaking; difficulty speaking
R48.0 | alexia
R48.1 | agnosia
R48.2 | apraxia
R53.2 | functional quadriplegia
R25.2 | leg cramps; foot cramps; calf cramps
G47.62 | nocturnal leg cramps; night leg cramps; sleep related leg cramps; leg cramps at night
R30.1 | vesical tenesmus; bladder tenesmus
R30.0 | burning when peeing; pain when urinating; painful peeing; stinging urination
R35.0 | peeing often; urinating often; frequent peeing; going often to pee
R33.9 | can't pee; cannot pee; unable to pee; not able to urinate
R36.1 | hematospermia; hemospermia; blood in semen; bloody semen
R37 | sexual dysfunction; sexual problems
R39.13 | split stream; splitting urinary stream; spraying urine
R39.191 | need to re-void; double voiding
R39.192 | position dependent voiding; position dependent micturition
R39.198 | difficulty urinating; trouble urinating; voiding difficulty
R39.81 | functional incontinence; functional urinary incontinence
R39.82 | chronic bladder pain
R39.83 | nonpalpable testicle; non-palpable testis; nonpalpable testis
R39.2 | prerenal azotemia; extrarenal uremia; prerenal uremia
R79.89 | azotemia; elevated bun; high bun; elevated troponin; troponin leak; positive troponin; troponinemia; elevated bnp
R79.9 | abnormal blood chemistry; abnormal chemistry panel
R77.2 | elevated afp; high afp; elevated alpha-fetoprotein; raised afp
R97.8 | elevated ca 19-9; elevated ca19-9; elevated tumor markers; elevated tumor marker; abnormal tumor marker
R77.1 | abnormal globulin; elevated globulin; hyperglobulinemia
R71.8 | abnormal rbc morphology; abnormal red cell indices; abnormal red blood cells
R80.9 | microalbuminuria; albuminuria; elevated urine albumin; elevated uacr; elevated microalbumin
R80.0 | isolated proteinuria
R80.1 | persistent proteinuria
R80.2 | orthostatic proteinuria; postural proteinuria
R80.3 | bence jones proteinuria
R82.1 | myoglobinuria
R82.2 | bilirubinuria; bile in urine
R82.3 | hemoglobinuria
R82.991 | hypocitraturia
R82.992 | hyperoxaluria
R82.993 | hyperuricosuria
R82.994 | hypercalciuria
R82.998 | crystalluria; crystals in urine
R85.610 | anal ascus; ascus anal pap
R85.612 | anal lsil; lsil anal pap
R85.613 | anal hsil; hsil anal pap
R85.619 | abnormal anal pap; abnormal anal cytology
R87.620 | vaginal ascus; ascus vaginal pap
R87.622 | vaginal lsil; lsil vaginal pap
R87.623 | vaginal hsil; hsil vaginal pap
R87.629 | abnormal vaginal pap; abnormal vaginal cytology
R87.615 | unsatisfactory pap; inadequate pap smear; insufficient pap smear; unsatisfactory pap smear
R87.616 | no transformation zone on pap; no endocervical cells; absent transformation zone
R87.820 | low risk hpv positive; low-risk hpv positive; lr hpv positive
R92.1 | calcification on mammogram; mammographic calcification; breast calcification on imaging
R91.8 | abnormal chest ct; abnormal ct chest; lung infiltrate; pulmonary infiltrate; infiltrate on chest x-ray
R93.2 | abnormal liver imaging; abnormal liver ultrasound; abnormal gallbladder ultrasound; abnormal ruq ultrasound
R93.3 | abnormal barium swallow; abnormal upper gi series; abnormal barium enema; abnormal gi imaging
R93.41 | abnormal bladder ultrasound; abnormal bladder imaging; abnormal ureter imaging
R93.42 | abnormal kidney ultrasound; abnormal renal ultrasound; abnormal renal imaging; abnormal kidney imaging
R93.6 | abnormal extremity x-ray; abnormal limb imaging
R93.7 | abnormal spine x-ray; abnormal spine mri; abnormal bone scan; abnormal bone imaging; abnormal joint x-ray
R93.81 | abnormal scrotal ultrasound; abnormal testicular ultrasound
R94.120 | abnormal hearing test; abnormal audiogram; failed hearing test; failed hearing screen
R94.121 | abnormal vestibular test; abnormal vng; abnormal vestibular function study
R94.130 | abnormal nerve conduction study; abnormal ncs; abnormal nerve conduction
R94.131 | abnormal emg; abnormal electromyogram
R94.111 | abnormal erg; abnormal electroretinogram
R94.112 | abnormal vep; abnormal visual evoked potential
R94.8 | abnormal urodynamics; abnormal urodynamic study; abnormal bladder function test
R94.4 | decreased gfr; reduced egfr; low egfr; decreased egfr; abnormal kidney function; bump in creatinine
R94.7 | abnormal endocrine function test; abnormal cortisol stimulation test
R92.8 | birads 4; bi-rads 4; birads 5; bi-rads 5; suspicious breast imaging
R92.2 | birads 0; bi-rads 0; incomplete mammogram; callback mammogram
R94.31 | prolonged qt; qt prolongation; prolonged qtc; long qtc; prolonged qt interval
R00.1 | bradycardia; slow heartbeat; heart rate low
R00.0 | tachycardia; fast heartbeat; heart rate high
R76.81 | positive rheumatoid factor; positive rf; positive anti-ccp; elevated rheumatoid factor; positive ccp antibody
R76.89 | positive anca; positive ds dna; positive anti-dsdna; abnormal immunology
R76.0 | raised antibody titer; elevated titer; elevated antibody titer
R23.3 | bruise easily; bruising easily; bruises
R26.81 | balance problems; balance issues; imbalance; wobbly
R60.0 | swollen feet; puffy ankles; fluid in legs; swollen lower legs
R63.4 | losing weight without trying; unintended weight loss; unintentional weight loss
R11.0 | sick to stomach; sick to my stomach
R14.3 | farting; gassiness
R19.7 | runny stools; frequent loose stools; loose stool
R15.9 | leaking stool; bowel accidents; stool leakage
R35.1 | peeing at night; getting up at night to urinate
R06.2 | whistling when breathing; wheezes
R09.3 | coughing up mucus; mucus in throat; phlegm production
R51.9 | head hurts; head pounding; pounding headache
R41.3 | forgetful; memory issues; trouble remembering; short-term memory loss
R41.840 | cannot focus; trouble focusing; poor focus; attention difficulty
R45.4 | irritable; irritable mood
R25.1 | shaky hands; hand tremor; shakes
R52 | aching all over; body pain; pain all over
R09.02 | low oxygen levels; low sats; desatting; desaturations; low spo2
R03.0 | bp elevated; high bp reading; elevated bp
R23.1 | looks pale; pale complexion
R17 | yellow eyes; yellowing of eyes; scleral icterus
R18.8 | fluid in belly; belly fluid
R59.9 | swollen lymph node; enlarged lymph node; lymph node enlargement; swollen lymph glands
R68.83 | shivers; the chills; shaking with chills
`;

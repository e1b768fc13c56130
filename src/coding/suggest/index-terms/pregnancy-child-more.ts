/** Clinical terms, more pregnancy, labour, postpartum, gynecology, breast, newborn, congenital and pediatric problems: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PREGNANCY_CHILD_MORE_TERMS = `
Z33.1 | pregnancy state; expecting a baby; gravid
Z34.8 | multigravida prenatal care; routine prenatal care multigravida
O09.1 | history of ectopic pregnancy in pregnancy; prior ectopic pregnancy; previous ectopic
O09.A | history of molar pregnancy in pregnancy; prior molar pregnancy
O09.29 | poor obstetric history; poor reproductive history; bad obstetric history; history of stillbirth in pregnancy
O26.2 | pregnancy with recurrent pregnancy loss; recurrent miscarriage in pregnancy; pregnant habitual aborter
O24.414 | a2gdm insulin; insulin controlled gdm; insulin-controlled gestational diabetes; gdm on insulin
O24.415 | a2gdm; gdm on metformin; oral agent controlled gdm; gdm on glyburide; medication controlled gdm
O24.31 | pregestational diabetes in pregnancy; preexisting diabetes in pregnancy; diabetes in pregnancy
O14.0 | mild preeclampsia; preeclampsia without severe features; moderate preeclampsia
O22.0 | varicose veins in pregnancy; leg varicosities in pregnancy
O22.3 | dvt in pregnancy; deep vein thrombosis in pregnancy; blood clot in pregnancy
O22.4 | hemorrhoids in pregnancy; piles in pregnancy
O26.82 | carpal tunnel in pregnancy; pregnancy related carpal tunnel; pregnancy related neuritis
O26.71 | symphysis pubis separation in pregnancy; pubic symphysis subluxation in pregnancy; diastasis symphysis pubis pregnancy
O26.5 | supine hypotensive syndrome; maternal hypotension syndrome; hypotension in pregnancy
O26.61 | liver disease in pregnancy; acute fatty liver of pregnancy; aflp; liver disorder in pregnancy
O26.83 | pregnancy related kidney disease; renal disease in pregnancy
O26.1 | low weight gain in pregnancy; poor weight gain in pregnancy; inadequate weight gain pregnancy
O26.3 | iud in pregnancy; retained iud in pregnancy; pregnancy with iud in place
O99.11 | gestational thrombocytopenia; thrombocytopenia in pregnancy; low platelets in pregnancy
O99.31 | alcohol use in pregnancy; drinking in pregnancy; etoh use in pregnancy
O99.32 | drug use in pregnancy; substance use in pregnancy; opioid use in pregnancy; marijuana use in pregnancy
O99.35 | epilepsy in pregnancy; seizure disorder in pregnancy; migraine in pregnancy; neurologic disease in pregnancy
O99.41 | heart disease in pregnancy; cardiac disease in pregnancy
O99.61 | gerd in pregnancy; reflux in pregnancy; digestive disease in pregnancy
O99.71 | skin disease in pregnancy; skin disorder in pregnancy
O98.51 | covid in pregnancy; covid-19 in pregnancy; viral infection in pregnancy
O98.71 | hiv in pregnancy; hiv positive pregnant; hiv disease in pregnancy
O98.41 | hepatitis in pregnancy; hepatitis b in pregnancy; hepatitis c in pregnancy
O98.11 | syphilis in pregnancy
O98.21 | gonorrhea in pregnancy
O23.59 | bacterial vaginosis in pregnancy; bv in pregnancy; yeast infection in pregnancy; vaginitis in pregnancy
O23.9 | genitourinary infection in pregnancy; gu infection in pregnancy
O9A.21 | trauma in pregnancy; injury in pregnancy; mva in pregnancy; car accident in pregnancy
O9A.31 | domestic violence in pregnancy; physical abuse in pregnancy; intimate partner violence in pregnancy
O9A.11 | cancer in pregnancy; malignancy in pregnancy
O28.3 | abnormal prenatal ultrasound; abnormal antenatal ultrasound; abnormal fetal ultrasound finding
O28.5 | abnormal nipt; positive nipt; abnormal prenatal genetic screen; abnormal cell free dna
O28.1 | abnormal quad screen; elevated msafp; abnormal afp screen; abnormal triple screen
O30.1 | triplet pregnancy; triplets; triplet gestation
O33.9 | cephalopelvic disproportion; cpd; fetopelvic disproportion
O34.29 | uterine scar in pregnancy; previous myomectomy in pregnancy; prior uterine surgery in pregnancy
O36.80 | uncertain fetal viability; inconclusive fetal viability; fetal viability uncertain
O36.83 | fetal tachycardia; fetal bradycardia; abnormal fetal heart rate antepartum; fetal arrhythmia
O36.1 | kell sensitization; red cell alloimmunization in pregnancy; irregular antibodies in pregnancy; kell antibodies in pregnancy
O43.21 | placenta accreta; accreta; morbidly adherent placenta; placenta accreta spectrum
O43.11 | circumvallate placenta
O43.12 | velamentous cord insertion; velamentous insertion; velamentous cord
O46.9 | antepartum hemorrhage; aph; bleeding in late pregnancy; antepartum bleeding
O62.0 | primary uterine inertia; inadequate contractions; hypotonic uterine dysfunction
O62.1 | secondary uterine inertia; arrest of active phase; arrest of dilation
O62.2 | uterine inertia; uterine atony in labor; weak contractions in labor
O62.3 | precipitous labor; precipitate labor; precipitous delivery; rapid labor
O62.4 | hypertonic uterine contractions; tachysystole; uterine hyperstimulation; tetanic contractions
O63.0 | prolonged latent phase; prolonged active phase
O63.1 | prolonged pushing; prolonged pushing phase
O63.9 | prolonged labor; long labor; protracted labor
O66.0 | shoulder dystocia; shoulder dystocia at delivery
O66.41 | failed tolac; failed vbac; failed trial of labor after cesarean
O66.40 | failed trial of labor
O66.5 | failed vacuum; failed forceps; failed operative vaginal delivery; failed vacuum extraction
O69.0 | cord prolapse; prolapsed cord; umbilical cord prolapse
O69.1 | tight nuchal cord; nuchal cord with compression
O69.81 | loose nuchal cord; nuchal cord without compression
O71.1 | uterine rupture; ruptured uterus; uterine rupture in labor
O71.3 | cervical laceration at delivery; cervical tear during delivery; obstetric cervical laceration
O71.4 | high vaginal laceration; vaginal sulcus tear; obstetric vaginal laceration
O71.7 | obstetric hematoma; vulvar hematoma after delivery; vaginal hematoma after delivery
O72.0 | retained placenta with hemorrhage; retained placenta with bleeding
O72.2 | delayed postpartum hemorrhage; secondary postpartum hemorrhage; late pph; delayed pph
O73.0 | retained placenta; retained placenta without hemorrhage; adherent placenta
O73.1 | retained placental fragments; retained membranes; retained products after delivery
O85 | puerperal sepsis; postpartum sepsis; maternal sepsis after delivery
O86.20 | postpartum uti; urinary tract infection after delivery
O86.21 | postpartum pyelonephritis; kidney infection after delivery
O86.22 | postpartum cystitis; bladder infection after delivery
O87.0 | postpartum superficial thrombophlebitis; puerperal thrombophlebitis
O87.1 | postpartum dvt; puerperal deep vein thrombosis; dvt after delivery
O87.2 | postpartum hemorrhoids; hemorrhoids after delivery
O88.1 | amniotic fluid embolism; afe
O88.23 | postpartum pulmonary embolism; puerperal pulmonary embolism
O90.1 | perineal wound breakdown; episiotomy breakdown; episiotomy dehiscence; perineal wound dehiscence
O90.49 | postpartum acute kidney injury; postpartum aki; postpartum renal failure
O91.13 | lactational breast abscess; breast abscess while breastfeeding
O91.03 | nipple infection while breastfeeding; lactational nipple infection
O92.13 | cracked nipples breastfeeding; sore nipples breastfeeding; nipple trauma breastfeeding
O92.3 | agalactia; no breast milk; absent lactation
Z39.0 | care after delivery; immediate postpartum care
Z36.1 | afp screening; msafp; alpha fetoprotein screening
Z36.4 | growth scan; growth ultrasound; fetal growth ultrasound
Z36.82 | nt scan; nuchal translucency; nuchal translucency screening
Z36.83 | fetal echo; fetal echocardiogram; fetal cardiac screening
Z36.86 | cervical length screening; cervical length ultrasound
Z13.32 | maternal depression screening; postpartum depression screening; epds; edinburgh screen
Z32.2 | childbirth classes; childbirth education; prenatal classes
Z31.430 | genetic carrier screening; carrier screening; expanded carrier screening
Z67.91 | rh negative; rh negative blood type; rh neg
Z87.51 | history of preterm birth; history of premature delivery; history of preterm labor
Z87.59 | history of preeclampsia; history of postpartum hemorrhage; history of pregnancy complication; history of placental abruption
Z98.891 | uterine scar; status post myomectomy; history of myomectomy
Z37.2 | delivered twins; twins both liveborn
N70.91 | salpingitis; fallopian tube infection
N70.92 | oophoritis; ovarian inflammation
N70.93 | salpingo-oophoritis; tubo-ovarian abscess; toa
N71.9 | endometritis; uterine infection
N73.6 | pelvic adhesions; female pelvic adhesions; pelvic peritoneal adhesions
N80.1 | endometrioma; chocolate cyst; ovarian endometriosis; endometriosis of ovary
N81.2 | incomplete uterine prolapse; partial uterine prolapse
N81.3 | complete uterine prolapse; procidentia
N81.5 | enterocele; vaginal enterocele
N99.3 | vaginal vault prolapse; vault prolapse; prolapse after hysterectomy
N82.0 | vesicovaginal fistula; vvf
N82.3 | rectovaginal fistula; rectal vaginal fistula
N84.2 | vaginal polyp
N85.6 | asherman syndrome; asherman's syndrome; uterine adhesions; intrauterine adhesions; uterine synechiae
N86 | cervical ectropion; cervical erosion; erosion of cervix
N88.2 | stenosis of cervix uteri; cervical os stenosis; stenotic cervix; stenotic cervical os
N89.0 | vain 1; vain i; mild vaginal dysplasia
N89.1 | vain 2; vain ii; moderate vaginal dysplasia
N90.0 | vin 1; vin i; mild vulvar dysplasia
N90.1 | vin 2; vin ii; moderate vulvar dysplasia
N90.7 | vulvar cyst; cyst of vulva
N94.89 | pelvic congestion syndrome; pelvic congestion
N92.3 | ovulation bleeding; mid-cycle bleeding; midcycle spotting
N46.9 | male infertility; male factor infertility
R87.615 | unsatisfactory pap; inadequate pap smear; insufficient pap sample
R87.616 | no transformation zone; absent endocervical cells; lacking transformation zone
R87.614 | pap positive for malignancy; malignant cells on pap
Z01.42 | repeat pap; follow-up pap after abnormal
Z12.72 | vaginal cuff pap; vaginal pap screening; vault smear
Z11.51 | hpv screening; hpv test; hpv dna test
Z90.711 | supracervical hysterectomy status; status post supracervical hysterectomy
Z98.82 | breast implants; breast implant status; status post breast augmentation
N60.4 | duct ectasia; mammary duct ectasia
N61.2 | granulomatous mastitis; idiopathic granulomatous mastitis
N64.0 | nipple fissure; cracked nipple
N64.1 | fat necrosis of breast; breast fat necrosis
N64.3 | galactorrhea; milky nipple discharge; lactation not associated with childbirth
N64.81 | breast ptosis; sagging breasts; droopy breasts
N64.82 | micromastia; breast hypoplasia; small breasts
R92.1 | mammographic calcifications; calcifications on mammogram; breast macrocalcifications
Q83.3 | accessory nipple; supernumerary nipple; extra nipple; polythelia
Q83.1 | accessory breast tissue; polymastia; axillary breast tissue
P05.9 | iugr infant; growth restricted newborn; slow fetal growth newborn
P04.14 | newborn affected by maternal opioids; in utero opioid exposure; prenatal opioid exposure
P04.41 | in utero cocaine exposure; prenatal cocaine exposure
P04.81 | in utero cannabis exposure; prenatal marijuana exposure
P04.3 | in utero alcohol exposure; prenatal alcohol exposure
P04.2 | in utero tobacco exposure; prenatal smoke exposure
P11.3 | facial nerve birth injury; facial palsy at birth
P22.9 | newborn respiratory distress; respiratory distress of newborn; grunting newborn
P23.9 | neonatal pneumonia; congenital pneumonia; newborn pneumonia
P25.1 | neonatal pneumothorax; newborn pneumothorax
P28.5 | neonatal respiratory failure
P29.12 | neonatal bradycardia; newborn bradycardia
P29.11 | neonatal tachycardia; newborn tachycardia
P35.1 | congenital cmv; congenital cytomegalovirus; ccmv
P35.2 | neonatal herpes; neonatal hsv; congenital herpes
P37.1 | congenital toxoplasmosis
P37.5 | newborn thrush; neonatal thrush; neonatal candidiasis
P36.0 | gbs sepsis newborn; group b strep sepsis newborn
P39.3 | neonatal uti; newborn uti; urinary tract infection newborn
P57.9 | kernicterus; bilirubin encephalopathy
P70.0 | infant of gestational diabetic mother; infant of gdm mother
P70.1 | idm; infant of diabetic mother
P77.9 | necrotizing enterocolitis; neonatal necrotizing enterocolitis
P90 | neonatal seizures; newborn seizures; neonatal convulsions
P92.09 | newborn vomiting; vomiting in newborn
P92.01 | bilious vomiting newborn; neonatal bilious emesis
P92.2 | slow feeding newborn; slow feeder
P96.2 | iatrogenic neonatal withdrawal; newborn withdrawal from therapeutic drugs
Z29.11 | rsv prophylaxis; synagis; palivizumab; nirsevimab; beyfortus
Z29.3 | fluoride varnish; fluoride application; prophylactic fluoride
T74.92 | child abuse; child maltreatment
T76.92 | suspected child abuse; suspected child maltreatment
T74.02 | child neglect; neglected child
F98.1 | encopresis; fecal soiling; stool soiling
F98.0 | functional enuresis; nonorganic enuresis
M93.0 | scfe; slipped capital femoral epiphysis; slipped femoral epiphysis
M67.35 | transient synovitis of hip; toxic synovitis; irritable hip
M92.52 | osgood-schlatter disease; osgood schlatter; osgood-schlatter
M92.6 | sever's disease; sever disease; calcaneal apophysitis
M30.3 | kawasaki disease; kawasaki syndrome; mucocutaneous lymph node syndrome
E30.8 | premature thelarche
E27.0 | premature adrenarche; early adrenarche
R11.12 | projectile vomiting
Q17.5 | prominent ears; bat ears; protruding ears
Q18.0 | branchial cleft cyst; branchial cyst; branchial cleft sinus
Q89.2 | thyroglossal duct cyst; thyroglossal cyst
Q20.0 | truncus arteriosus; common arterial trunk
Q22.1 | congenital pulmonary stenosis; pulmonic valve stenosis congenital
Q22.4 | tricuspid atresia
Q23.0 | congenital aortic stenosis
Q24.0 | dextrocardia
Q26.2 | tapvr; total anomalous pulmonary venous return
Q25.6 | peripheral pulmonic stenosis; pps murmur; branch pulmonary artery stenosis
Q27.0 | single umbilical artery; two vessel cord; 2 vessel cord
Q30.0 | choanal atresia
Q33.0 | cpam; ccam; congenital cystic adenomatoid malformation; congenital cystic lung
Q41.0 | duodenal atresia
Q43.0 | meckel diverticulum; meckel's diverticulum; meckels
Q43.3 | malrotation; intestinal malrotation; gut malrotation
Q44.4 | choledochal cyst
Q45.3 | pancreas divisum
Q54.4 | chordee; congenital chordee
Q55.62 | micropenis; small penis
Q55.64 | buried penis; hidden penis; concealed penis
Q62.7 | congenital vesicoureteral reflux; primary vesicoureteral reflux
Q63.2 | ectopic kidney; pelvic kidney
Q61.4 | mcdk; multicystic dysplastic kidney; renal dysplasia
Q64.10 | bladder exstrophy; exstrophy of bladder
Q74.3 | arthrogryposis; arthrogryposis multiplex congenita; amc
Q78.6 | hereditary multiple exostoses; multiple osteochondromas
Q79.0 | cdh; congenital diaphragmatic hernia
Q80.9 | ichthyosis; congenital ichthyosis; fish scale skin
Q81.9 | epidermolysis bullosa; butterfly skin
Q85.00 | neurofibromatosis; von recklinghausen
Q85.02 | nf2; neurofibromatosis type 2
Q87.19 | noonan syndrome; noonan's syndrome; cornelia de lange syndrome; russell-silver syndrome
Q93.82 | williams syndrome; williams-beuren syndrome
Q87.3 | beckwith-wiedemann syndrome; beckwith wiedemann
Q87.0 | pierre robin sequence; pierre robin syndrome; goldenhar syndrome
Q95.0 | balanced translocation; balanced translocation carrier
Q97.0 | triple x syndrome; trisomy x; 47 xxx
`;

/** Clinical terms, pregnancy and gynecology: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PREGNANCY_GYNECOLOGY_TERMS = `
Z33.1 | pregnant; currently pregnant; incidental pregnancy; pregnant state
Z32.01 | positive pregnancy test; positive upt; positive hcg test
Z32.02 | negative pregnancy test; negative upt
Z32.0 | pregnancy test; upt; urine pregnancy test
Z34.9 | prenatal visit; prenatal care; routine prenatal care; normal pregnancy; routine ob visit; antenatal care; ob visit
Z34.0 | primigravida prenatal care; prenatal care primigravida
O09.9 | high risk pregnancy; high-risk pregnancy; high risk ob
O09.5 | advanced maternal age; ama pregnancy; elderly gravida; elderly primigravida; elderly multigravida; geriatric pregnancy
O09.6 | teen pregnancy; adolescent pregnancy; young primigravida
O09.3 | late prenatal care; no prenatal care; insufficient prenatal care; limited prenatal care
O09.21 | history of preterm labor in pregnancy; prior preterm birth; history of preterm delivery
O09.81 | ivf pregnancy; pregnancy after ivf; pregnancy via in vitro fertilization
O21.0 | hyperemesis gravidarum; hyperemesis; morning sickness
O21.9 | nausea and vomiting of pregnancy; nausea in pregnancy; vomiting in pregnancy; nvp
O24.41 | gestational diabetes; gdm; gestational diabetes mellitus; gestational dm
O24.410 | a1gdm; diet controlled gdm; diet-controlled gestational diabetes; gdm a1
O24.11 | type 2 diabetes in pregnancy; pregestational type 2 diabetes
O24.01 | type 1 diabetes in pregnancy; pregestational type 1 diabetes
O13 | gestational hypertension; pregnancy induced hypertension; pih; gestational htn
O10.01 | chronic hypertension in pregnancy; chronic htn in pregnancy; pre-existing hypertension in pregnancy
O14.9 | preeclampsia; pre-eclampsia; toxemia of pregnancy
O14.1 | severe preeclampsia; preeclampsia with severe features
O14.2 | hellp; hellp syndrome
O15.9 | eclampsia; eclamptic seizure
O99.01 | anemia in pregnancy; anemia of pregnancy; pregnancy anemia
O23.4 | uti in pregnancy; urinary tract infection in pregnancy
O99.82 | gbs positive; group b strep positive; gbs carrier; group b strep carrier; gbs colonization
O99.21 | obesity in pregnancy; obese pregnancy; maternal obesity
O99.33 | smoking in pregnancy; smoker in pregnancy; tobacco use in pregnancy
O26.64 | cholestasis of pregnancy; intrahepatic cholestasis of pregnancy; obstetric cholestasis
O20.0 | threatened miscarriage; threatened ab; threatened abortion
O20.9 | bleeding in early pregnancy; early pregnancy bleeding
O03.9 | miscarriage; spontaneous abortion; sab; complete miscarriage; pregnancy loss
O03.4 | incomplete miscarriage; incomplete abortion; incomplete sab
O02.1 | missed miscarriage; missed ab; early fetal demise; silent miscarriage
O02.0 | blighted ovum; anembryonic pregnancy
O01.9 | molar pregnancy; hydatidiform mole; gestational trophoblastic disease
O00.90 | ectopic pregnancy; extrauterine pregnancy
O00.10 | tubal pregnancy; tubal ectopic pregnancy
Z33.2 | elective abortion; elective termination; termination of pregnancy; therapeutic abortion
O60.0 | preterm labor; ptl; premature labor; preterm contractions; threatened preterm labor
O60.1 | preterm labor with delivery; preterm delivery; premature delivery
O42.9 | prom; premature rupture of membranes; prelabor rupture of membranes
O42.91 | pprom; preterm premature rupture of membranes; preterm prom
O48.0 | post-term pregnancy; postdates; post dates; postdate pregnancy; past due date
O48.1 | prolonged pregnancy; post-mature pregnancy; beyond 42 weeks
O44.0 | placenta previa; placenta praevia; complete previa
O44.4 | low lying placenta; low-lying placenta
O45.9 | placental abruption; abruptio placentae; abruption
O32.1 | breech presentation; breech; breech baby; breech position
O36.59 | iugr; fetal growth restriction; fgr; intrauterine growth restriction; small for dates fetus
O36.6 | fetal macrosomia; large for dates; lga fetus
O36.81 | decreased fetal movement; decreased fetal movements; dfm; reduced fetal movement
O41.0 | oligohydramnios; low amniotic fluid; low afi
O40 | polyhydramnios; hydramnios; excess amniotic fluid; high afi
O30.0 | twin pregnancy; twin gestation; dichorionic twins; monochorionic twins
O34.3 | incompetent cervix; cervical incompetence; cervical insufficiency
O26.87 | short cervix; cervical shortening; shortened cervix
O36.09 | rh isoimmunization; rh sensitization; rh alloimmunization; anti-d antibodies in pregnancy
O34.21 | previous cesarean; previous c-section; prior c-section; history of cesarean section; tolac; vbac candidate
O36.4 | iufd; intrauterine fetal demise; fetal demise; intrauterine fetal death
Z37.1 | stillbirth; stillborn; stillborn infant
O32.2 | transverse lie; oblique lie
O34.1 | fibroids in pregnancy; fibroid uterus in pregnancy; leiomyoma in pregnancy
O99.81 | abnormal glucose tolerance in pregnancy; failed glucose challenge test; failed one hour glucose test; abnormal gtt in pregnancy
O09.4 | grand multipara; grand multiparity
Z33.3 | gestational carrier; surrogate pregnancy; gestational surrogate
O75.2 | intrapartum fever; fever in labor; maternal fever in labor
O41.12 | chorioamnionitis; chorio; intraamniotic infection; triple i
O76 | nonreassuring fetal heart tracing; non-reassuring fetal heart rate; nonreassuring fetal status; fetal heart rate decelerations in labor
O61.9 | failed induction of labor; failed induction
O90.3 | peripartum cardiomyopathy; postpartum cardiomyopathy; ppcm
O80 | normal delivery; nsvd; svd; normal spontaneous vaginal delivery; uncomplicated vaginal delivery
O70 | perineal laceration; perineal tear; obstetric perineal laceration
O72.1 | postpartum hemorrhage; pph; postpartum bleeding; uterine atony with hemorrhage
O86.12 | postpartum endometritis; endometritis after delivery; puerperal endometritis
O91.22 | postpartum mastitis; puerperal mastitis
O91.23 | lactational mastitis; breastfeeding mastitis
O92.79 | breast engorgement; engorgement
O92.4 | low milk supply; hypogalactia; insufficient milk supply
Z39.2 | postpartum visit; postpartum check; postnatal check; routine postpartum follow-up; postpartum care
Z39.1 | lactating mother; lactation visit; breastfeeding mother
O16 | hypertension in pregnancy; htn in pregnancy; high blood pressure in pregnancy; elevated blood pressure in pregnancy
O11 | superimposed preeclampsia; chronic hypertension with superimposed preeclampsia
O12.0 | gestational edema; edema in pregnancy; swelling in pregnancy
O12.1 | gestational proteinuria; proteinuria in pregnancy
O99.28 | hypothyroidism in pregnancy; thyroid disease in pregnancy
O99.34 | depression in pregnancy; antenatal depression; anxiety in pregnancy; mental disorder in pregnancy
O99.51 | asthma in pregnancy
O26.0 | excessive weight gain in pregnancy
O26.84 | size date discrepancy; size-date discrepancy; size greater than dates; size less than dates
O26.85 | spotting in pregnancy; spotting during pregnancy
O26.86 | puppp; pruritic urticarial papules and plaques of pregnancy; polymorphic eruption of pregnancy
O47.9 | false labor; braxton hicks; braxton hicks contractions; prodromal labor
O23.0 | pyelonephritis in pregnancy; kidney infection in pregnancy
O23.1 | cystitis in pregnancy; bladder infection in pregnancy
Z36.3 | anatomy scan; anatomy ultrasound; fetal anatomy survey; level ii ultrasound
Z36.0 | nipt; cell free dna screening; prenatal genetic screening; aneuploidy screening
Z36.85 | gbs screening; group b strep screening
Z36.87 | dating ultrasound; uncertain dates; unsure lmp
Z37.0 | single live birth; delivered single liveborn
O90.6 | baby blues; postpartum blues; maternity blues
O86.0 | c-section wound infection; cesarean wound infection; infected c-section incision
O90.0 | c-section wound dehiscence; cesarean wound dehiscence; cesarean wound disruption
O86.4 | postpartum fever; puerperal fever; fever after delivery
O90.81 | postpartum anemia; anemia after delivery; puerperal anemia
F53.0 | postpartum depression; postnatal depression; post-partum depression
F53.1 | postpartum psychosis; puerperal psychosis
N94.6 | dysmenorrhea; period pain; menstrual cramps; painful periods; cramps with periods
N92.0 | menorrhagia; heavy periods; heavy menstrual bleeding; hmb; heavy menses
N92.1 | menometrorrhagia; metrorrhagia; intermenstrual bleeding; bleeding between periods; spotting between periods
N92.6 | irregular periods; irregular menses; irregular menstruation; irregular cycles
N91.2 | amenorrhea; no periods; absent periods; missed periods
N91.0 | primary amenorrhea
N91.1 | secondary amenorrhea
N91.5 | oligomenorrhea; infrequent periods; scanty periods; light periods
N93.9 | abnormal uterine bleeding; aub; abnormal vaginal bleeding; vaginal bleeding
N93.8 | dysfunctional uterine bleeding; dub
N93.0 | postcoital bleeding; bleeding after intercourse; bleeding after sex
N95.0 | postmenopausal bleeding; pmb; bleeding after menopause
N95.1 | menopausal symptoms; menopause symptoms; menopausal hot flashes; menopausal flushing; perimenopausal symptoms; vasomotor symptoms; climacteric syndrome
Z78.0 | postmenopausal; postmenopausal status; menopause; asymptomatic menopause; post menopausal
N95.2 | atrophic vaginitis; vaginal atrophy; genitourinary syndrome of menopause; gsm; vaginal dryness after menopause
N94.3 | pms; premenstrual syndrome; premenstrual tension
F32.81 | pmdd; premenstrual dysphoric disorder
N94.0 | mittelschmerz; ovulation pain
N94.10 | dyspareunia; painful intercourse; pain with sex; pain during intercourse
N94.2 | vaginismus
N94.819 | vulvodynia; burning vulva syndrome
N73.9 | pid; pelvic inflammatory disease
N76.0 | vaginitis; vaginal infection; bacterial vaginosis; bv
B37.31 | yeast infection; vaginal yeast infection; vaginal candidiasis; vulvovaginal candidiasis; monilial vaginitis; vaginal thrush
N89.8 | vaginal discharge; leukorrhea
L29.2 | vulvar itching; pruritus vulvae; itchy vulva
N72 | cervicitis; inflamed cervix
N75.0 | bartholin cyst; bartholin's cyst; bartholin gland cyst
N75.1 | bartholin abscess; bartholin's abscess; bartholin gland abscess
N90.4 | lichen sclerosus of vulva; vulvar lichen sclerosus; kraurosis vulvae
N83.20 | ovarian cyst; cyst on ovary; ovarian cysts
N83.0 | follicular cyst; functional ovarian cyst; follicular ovarian cyst
N83.1 | corpus luteum cyst; hemorrhagic corpus luteum cyst
N83.51 | ovarian torsion; torsion of ovary; twisted ovary
E28.2 | pcos; polycystic ovary syndrome; polycystic ovaries; polycystic ovarian syndrome; stein-leventhal syndrome
N80.9 | endometriosis
N80.03 | adenomyosis
D25.9 | fibroids; uterine fibroids; fibroid uterus; fibroid; leiomyoma; myoma; uterine leiomyoma; fibromyoma
N84.0 | endometrial polyp; uterine polyp
N84.1 | cervical polyp
N85.00 | endometrial hyperplasia
N81.4 | uterine prolapse; prolapsed uterus; dropped uterus; fallen womb; uterovaginal prolapse
N81.10 | cystocele; bladder prolapse; dropped bladder; fallen bladder; anterior vaginal wall prolapse
N81.6 | rectocele; posterior vaginal wall prolapse
N81.9 | pelvic organ prolapse; genital prolapse
R87.619 | abnormal pap; abnormal pap smear; abnormal cervical cytology
R87.610 | ascus; asc-us; atypical squamous cells of undetermined significance
R87.611 | asc-h
R87.612 | lsil; low grade squamous intraepithelial lesion
R87.613 | hsil; high grade squamous intraepithelial lesion
R87.810 | hpv positive; high risk hpv; hrhpv positive; positive hpv test
N87.9 | cervical dysplasia; dysplasia of cervix
N87.0 | cin 1; cin i; mild cervical dysplasia
N87.1 | cin 2; cin ii; moderate cervical dysplasia
Z01.419 | well woman exam; annual gyn exam; gyn exam; routine gynecological exam; pelvic exam; annual well woman visit
Z12.4 | pap smear screening; screening pap; routine pap smear; cervical cancer screening
Z12.31 | screening mammogram; routine mammogram; mammogram screening; screening mammography
N63 | breast lump; breast mass; lump in breast; mass in breast
N64.4 | breast pain; mastalgia; mastodynia; sore breasts; breast tenderness
N60.1 | fibrocystic breast disease; fibrocystic breasts; fibrocystic breast changes; fibrocystic disease of breast
D24 | fibroadenoma; breast fibroadenoma; fibroadenoma of breast
N61.0 | mastitis; breast infection; nonpuerperal mastitis
N61.1 | breast abscess
N64.52 | nipple discharge; discharge from nipple
N62 | gynecomastia; macromastia; breast hypertrophy; gigantomastia
R92.8 | abnormal mammogram; abnormal breast imaging
R92.30 | dense breasts; dense breast tissue
Z15.01 | brca positive; brca mutation; brca1 carrier; brca2 carrier; brca carrier
N94.4 | primary dysmenorrhea
N94.5 | secondary dysmenorrhea
N92.4 | perimenopausal bleeding; perimenopausal menorrhagia; premenopausal menorrhagia
E28.31 | premature menopause; early menopause
N98.1 | ohss; ovarian hyperstimulation syndrome
Z31.84 | egg freezing; oocyte cryopreservation; fertility preservation
Z30.40 | contraceptive management; birth control management; contraceptive surveillance
Z30.44 | nuvaring; vaginal ring contraception; contraceptive ring
Z30.45 | contraceptive patch; birth control patch; xulane patch
Z79.3 | on hormonal contraception; on birth control; long term birth control use
Z79.890 | hrt; hormone replacement therapy; on hrt; estrogen replacement therapy; menopausal hormone therapy
N76.2 | vulvitis; vulvar inflammation
N76.4 | vulvar abscess; abscess of vulva
N85.2 | enlarged uterus; bulky uterus; uterine enlargement
Z12.39 | breast cancer screening; screening breast mri; clinical breast exam screening
N60.0 | breast cyst; cyst of breast; simple breast cyst
N64.53 | inverted nipple; nipple retraction; nipple inversion
Z90.1 | status post mastectomy; history of mastectomy; post mastectomy
R92.2 | inconclusive mammogram; incomplete mammogram; birads 0
Z30.09 | contraceptive counseling; birth control counseling; family planning counseling; contraception counseling
Z30.011 | starting birth control pills; new ocp prescription; new birth control prescription
Z30.41 | ocp refill; birth control pill refill; on birth control pills; oral contraceptive surveillance; on ocps
Z30.42 | depo-provera; depo shot; depo provera injection; contraceptive injection
Z30.430 | iud insertion; iud placement; mirena insertion; paragard insertion
Z30.431 | iud check; iud string check
Z30.432 | iud removal; mirena removal
Z30.433 | iud replacement; iud exchange; iud removal and reinsertion
Z97.5 | iud in place; has iud; iud present; presence of iud
Z30.017 | nexplanon insertion; implanon insertion; contraceptive implant insertion; arm implant insertion
Z30.46 | nexplanon removal; implant removal contraceptive; nexplanon check
Z30.012 | emergency contraception; plan b; morning after pill
Z30.2 | sterilization counseling; desires tubal ligation; desires vasectomy; permanent contraception
Z98.51 | history of tubal ligation; status post tubal ligation; tubes tied; tubal ligation status; btl status
Z90.710 | status post hysterectomy; history of hysterectomy; post hysterectomy; total hysterectomy status
Z90.72 | status post oophorectomy; history of oophorectomy; ovaries removed
N97.9 | infertility; female infertility; unable to conceive; trouble getting pregnant; difficulty conceiving
N97.0 | anovulation; anovulatory infertility
N97.1 | tubal factor infertility; tubal infertility
Z31.41 | fertility testing; fertility workup; infertility workup
Z31.83 | ivf cycle; in vitro fertilization cycle; ivf
Z31.69 | preconception counseling; preconception visit
N96 | recurrent miscarriage; recurrent pregnancy loss; habitual aborter; habitual abortion
E28.39 | premature ovarian failure; premature ovarian insufficiency; primary ovarian insufficiency; poi
`;

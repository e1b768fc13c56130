/** Clinical terms, kidney, urinary, male genital, infections and sexually transmitted infections (more): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const KIDNEY_INFECTION_MORE_TERMS = `
I12 | hypertensive ckd; hypertensive kidney disease; ckd due to hypertension; hypertensive nephropathy; htn ckd; hypertensive nephrosclerosis; ckd due to htn
I13 | hypertensive heart and kidney disease; hypertensive heart and ckd; htn heart and ckd
N18.6 | esrd on dialysis; esrd on hd; esrd on hemodialysis; kidney failure on dialysis
N17.9 | aki on ckd; acute on chronic kidney disease; acute on chronic renal failure; acute kidney failure
R39.2 | prerenal azotemia; prerenal uremia; extrarenal uremia
R94.4 | abnormal kidney function; abnormal renal function; decreased gfr; low gfr; reduced egfr; abnormal kidney function test; abnormal renal function test
N28.9 | renal impairment; kidney impairment; renal dysfunction; kidney dysfunction
N28.89 | renal mass; kidney mass; renal lesion; kidney lesion
R93.42 | abnormal kidney imaging; abnormal renal ultrasound; abnormal kidney ultrasound
N28.0 | renal infarction; kidney infarct; renal infarct; renal artery embolism
N26.1 | kidney atrophy; renal atrophy; atrophic kidney
N25.89 | renal tubular acidosis; rta; type 4 rta
N25.1 | nephrogenic diabetes insipidus; nephrogenic di
N25.0 | renal osteodystrophy; renal rickets; ckd mineral bone disorder; ckd-mbd
N04.0 | minimal change disease; minimal change nephrotic syndrome; mcd nephrotic
N05.9 | poststreptococcal glomerulonephritis; post strep gn; psgn; post infectious glomerulonephritis
N00.9 | acute nephritic syndrome; acute glomerulonephritis; acute nephritis
N03.9 | chronic glomerulonephritis; chronic nephritis; chronic nephritic syndrome
R80.1 | persistent proteinuria
R80.2 | orthostatic proteinuria; postural proteinuria
Z87.441 | history of nephrotic syndrome
Z87.448 | history of kidney disease; history of renal disease; history of urinary disease; history of aki; history of acute kidney injury
Z87.440 | history of utis; history of recurrent uti; history of urinary infections; history of pyelonephritis
Z87.442 | history of kidney stone; history of nephrolithiasis; history of renal calculi; history of urolithiasis; history of renal stone
N20.0 | renal lithiasis; nephrolith; stones in kidney; kidney calculus; renal stones
N20.2 | kidney and ureteral stones; nephroureterolithiasis
N13.5 | ureteral stricture; ureteric stricture; ureteral kinking; ureteral obstruction; upj obstruction; ureteropelvic junction obstruction; upj stricture
N28.82 | megaloureter
N13.39 | hydroureteronephrosis; hydroureter with hydronephrosis
N13.4 | hydroureter
Q62.0 | congenital hydronephrosis; antenatal hydronephrosis
Q62.11 | congenital upj obstruction; congenital ureteropelvic junction obstruction
Q63.2 | ectopic kidney; pelvic kidney
Q61.4 | multicystic dysplastic kidney; mcdk; renal dysplasia
Q60.0 | solitary kidney congenital; unilateral renal agenesis; congenital single kidney
Q60.2 | renal agenesis; absent kidney congenital
Z90.5 | solitary kidney acquired; single kidney after nephrectomy
Z94.0 | kidney transplant recipient; renal transplant recipient; history of renal transplant; kidney transplant patient
T86.11 | kidney transplant rejection; renal transplant rejection; rejection of kidney transplant
T86.12 | kidney transplant failure; renal transplant failure; failed kidney transplant; graft failure kidney
T86.10 | kidney transplant complication; renal transplant complication
T86.13 | kidney transplant infection; renal transplant infection
Z99.2 | on peritoneal dialysis; on capd; dialysis dependence; requires dialysis
Z91.15 | noncompliance with dialysis; missed dialysis; nonadherent with dialysis
N39.0 | recurrent uti; recurrent utis; complicated uti; lower urinary tract infection
N30.91 | cystitis with hematuria; hematuric cystitis
N30.01 | acute cystitis with hematuria; hemorrhagic acute cystitis
N30.40 | radiation cystitis; irradiation cystitis
N30.20 | chronic cystitis; chronic bladder infection
N30.80 | eosinophilic cystitis
N32.89 | bladder spasm; bladder spasms; bladder wall thickening; trabeculated bladder
N32.81 | detrusor overactivity; detrusor instability; overactive detrusor
N32.3 | bladder diverticulum
N32.1 | colovesical fistula; enterovesical fistula; vesicointestinal fistula; vesicorectal fistula
N32.9 | bladder disorder; bladder problem; bladder disease
N31.2 | atonic bladder; flaccid bladder; hypotonic bladder; underactive bladder; detrusor underactivity
N36.2 | urethral caruncle
N36.1 | urethral diverticulum
N36.41 | urethral hypermobility; hypermobile urethra
N36.42 | intrinsic sphincter deficiency; isd
N39.490 | overflow incontinence; overflow urinary incontinence
N39.43 | post void dribbling; postvoid dribbling; dribbling after urination
R39.81 | functional urinary incontinence; functional incontinence
R32 | incontinent of urine; urinary incontinent; wetting self; urine accidents; bladder accidents; peeing self
R39.198 | difficulty urinating; trouble urinating; difficulty voiding; difficulty passing urine; trouble voiding
R30.0 | hurts to pee; burning when urinating; burning pee; stinging urination; pain passing urine
N39.3 | leaking urine cough; leaking urine sneezing; leaks when laughing; leakage with exercise
N39.41 | urge leakage; leaks before reaching toilet
R35.1 | up at night to urinate; nocturnal urination; getting up to pee at night
R35.0 | urinating frequently; frequent voiding; frequent micturition; peeing often; peeing a lot
R39.15 | urgent urination; urgency to urinate; sudden urge to urinate
R33.9 | cannot urinate; cannot void; not voiding; cannot pass urine; unable to void
R33.0 | drug induced urinary retention; medication induced urinary retention; anticholinergic urinary retention; opioid induced urinary retention
R82.4 | ketonuria; ketones in urine; acetonuria
R36.9 | penile discharge; urethral discharge; discharge from penis
T83.0 | foley malfunction; blocked foley; foley catheter malfunction; blocked urinary catheter; dislodged foley; leaking foley
Z93.50 | suprapubic catheter; suprapubic tube; cystostomy status; spc in place
Z46.6 | foley catheter change; urinary catheter change; foley change
Z43.6 | nephrostomy tube change; nephrostomy care; attention to nephrostomy
Z43.5 | cystostomy care; attention to cystostomy; suprapubic catheter change
N40.0 | benign prostatic enlargement; bpe; large prostate; enlarged prostate gland; prostate enlargement
N40.1 | luts due to bph; bph with nocturia; bph with frequency; bph with weak stream; bph with incomplete emptying; prostatism; bladder outlet obstruction due to bph
N42.83 | prostate cyst; prostatic cyst
N42.9 | prostate disorder; prostate problem; prostate disease
N42.31 | prostatic intraepithelial neoplasia; high grade pin; hgpin
R97.21 | rising psa; psa rising after treatment; biochemical recurrence of prostate cancer; psa recurrence
R97.20 | psa elevation; abnormal psa; elevated prostate specific antigen
Z90.79 | status post prostatectomy; history of prostatectomy; absent prostate; status post radical prostatectomy
N52.01 | vasculogenic erectile dysfunction; arteriogenic erectile dysfunction
N52.2 | drug induced erectile dysfunction; medication induced erectile dysfunction
N52.9 | erectile disfunction; weak erections; trouble getting erections; difficulty maintaining erection
N53.14 | retrograde ejaculation
N53.12 | painful ejaculation
N53.11 | delayed ejaculation; retarded ejaculation
N53.19 | ejaculatory dysfunction; low semen volume
N46.01 | azoospermia; no sperm in semen
N46.11 | oligospermia; low sperm count; oligozoospermia
N50.89 | scrotal mass; testicular lump; testicle lump; testicular mass; scrotal swelling
N44.2 | testicular cyst; benign cyst of testis
N43.3 | water on the testicle; fluid around testicle; fluid in scrotum
N45.4 | epididymal abscess; testicular abscess
N49.2 | scrotal cellulitis; scrotal abscess; scrotum infection
N49.3 | fournier gangrene; fournier's gangrene
N48.0 | balanitis xerotica obliterans; bxo; lichen sclerosus of penis; penile leukoplakia
N48.5 | penile ulcer; ulcer of penis
N48.22 | penile cellulitis; cellulitis of penis
N48.21 | penile abscess; abscess of penis
N47.5 | penile adhesions; preputial adhesions; adhesions of prepuce
Z41.2 | routine circumcision; elective circumcision
N50.0 | testicular atrophy; atrophic testicle; shrunken testicle
N50.3 | epididymal cyst; epididymis cyst
A41.52 | pseudomonas sepsis; sepsis due to pseudomonas
A41.53 | serratia sepsis
A41.54 | acinetobacter sepsis; acinetobacter baumannii sepsis
A41.81 | enterococcal sepsis; sepsis due to enterococcus; vre sepsis
A41.4 | anaerobic sepsis
A40.3 | pneumococcal sepsis; strep pneumoniae sepsis
A40.0 | group a strep sepsis
A40.1 | group b strep sepsis; gbs sepsis
A40.9 | streptococcal sepsis; strep sepsis
A41.3 | haemophilus influenzae sepsis
A41.59 | klebsiella sepsis; proteus sepsis; enterobacter sepsis
A41.9 | septicemic; sepsis syndrome
R65.10 | noninfectious sirs; sirs of noninfectious origin; sirs without infection
R65.11 | sirs with organ dysfunction; noninfectious sirs with acute organ dysfunction
A48.3 | toxic shock syndrome; tss; staph toxic shock
A49.01 | staph infection; staphylococcal infection; staphylococcus infection
B95.7 | coagulase negative staph; coag negative staph; staph epidermidis; staphylococcus epidermidis
B95.3 | strep pneumoniae; streptococcus pneumoniae; pneumococcus
B95.4 | viridans strep; strep viridans; strep mitis; streptococcus anginosus
B96.3 | haemophilus influenzae; h influenzae
B96.4 | proteus; proteus mirabilis
B96.6 | bacteroides fragilis
B96.89 | stenotrophomonas; acinetobacter; serratia; enterobacter; citrobacter
B95.62 | mrsa as cause; mrsa organism
B95.61 | mssa as cause; mssa organism
Z16.13 | cre; carbapenem resistant; carbapenem resistant enterobacteriaceae; carbapenemase producing
Z16.11 | penicillin resistance; penicillin resistant
Z16.23 | quinolone resistance; fluoroquinolone resistant
Z16.30 | drug resistant infection; antimicrobial resistance
Z86.19 | history of c diff; history of clostridium difficile; history of sepsis; history of shingles; history of treated hepatitis c; history of cured hepatitis c
Z86.14 | history of mrsa; history of mrsa infection
Z86.15 | history of latent tb; history of ltbi; history of latent tuberculosis
A04.72 | c difficile; clostridium difficile; clostridioides difficile; c diff infection
A08.4 | stomach virus; gi bug; tummy bug; gi virus; viral gastro
B34.0 | adenovirus infection; adenovirus
B34.1 | enterovirus infection; enterovirus; echovirus infection; coxsackie virus infection
B08.5 | herpangina
B00.89 | herpetic whitlow
B00.2 | herpetic gingivostomatitis; herpes gingivostomatitis
B00.0 | eczema herpeticum; kaposi varicelliform eruption
B00.7 | disseminated herpes simplex
B02.21 | ramsay hunt syndrome; herpes zoster oticus; geniculate herpes zoster
B02.7 | disseminated zoster; disseminated shingles; disseminated herpes zoster
B02.8 | zoster with complications
B27.00 | ebv mononucleosis; ebv mono; epstein-barr mononucleosis
A31.0 | mai; mycobacterium avium complex; mycobacterium avium intracellulare; mac lung disease
A31.9 | ntm infection; nontuberculous mycobacteria; atypical mycobacterial infection
A30.9 | leprosy; hansen disease; hansen's disease
A69.23 | lyme arthritis
A69.22 | neuroborreliosis; neuro lyme; lyme neuropathy; lyme facial palsy
A69.29 | lyme carditis
A79.82 | anaplasmosis; human granulocytic anaplasmosis
A77.40 | ehrlichiosis
B60.0 | babesiosis
A28.1 | cat scratch disease; cat scratch fever; bartonella henselae
A32.9 | listeriosis; listeria infection
A39.9 | meningococcal infection; meningococcal disease
A92.5 | zika; zika virus
A92.0 | chikungunya
A92.30 | west nile virus; west nile fever
B54 | malaria
B58.9 | toxoplasmosis; toxo
B59 | pneumocystis pneumonia; pjp; pneumocystis jirovecii pneumonia; pneumocystosis
B45.9 | cryptococcosis; cryptococcal infection
B39.9 | histoplasmosis
B40.9 | blastomycosis
B46.5 | mucormycosis; black fungus; zygomycosis
B42.9 | sporotrichosis
B82.0 | intestinal worms; worm infestation; intestinal helminthiasis
B82.9 | intestinal parasites; intestinal parasitism
B77.9 | ascariasis; roundworm; roundworms
B76.9 | hookworm; hookworm infection
B79 | whipworm; trichuriasis
B68.9 | tapeworm; taeniasis
B78.9 | strongyloidiasis; strongyloides
B65.9 | schistosomiasis; bilharzia
B57.2 | chagas disease; chagas cardiomyopathy
B55.9 | leishmaniasis
A06.9 | amebiasis; amoebiasis
A07.2 | cryptosporidiosis; cryptosporidium
B85.1 | body lice; pediculosis corporis
Z20.7 | exposure to scabies; exposure to lice; scabies exposure; lice exposure
Z20.820 | exposure to chickenpox; chickenpox exposure; varicella exposure
Z20.828 | exposure to flu; flu exposure; influenza exposure; viral exposure
Z20.5 | hepatitis exposure; exposure to hepatitis
Z20.3 | rabies exposure; exposure to rabies
Z22.350 | cre carrier; cre colonization; cre colonized
B17.2 | hepatitis e; acute hepatitis e
B18.9 | chronic viral hepatitis
B17.9 | acute viral hepatitis
B18.0 | chronic hepatitis b with delta; chronic hbv with delta
A56.01 | chlamydial urethritis; chlamydial cystitis
A56.09 | chlamydial cervicitis; chlamydia cervicitis
A56.3 | chlamydial proctitis; rectal chlamydia
A56.4 | chlamydial pharyngitis; throat chlamydia
A55 | lymphogranuloma venereum; lgv
A54.01 | gonococcal urethritis; gonorrhea urethritis; gonococcal cystitis
A54.03 | gonococcal cervicitis; gonorrhea cervicitis
A54.5 | gonococcal pharyngitis; throat gonorrhea; pharyngeal gonorrhea
A54.6 | gonococcal proctitis; rectal gonorrhea
A54.42 | gonococcal arthritis; disseminated gonorrhea arthritis
A51.31 | condyloma latum; condylomata lata
A51.5 | early latent syphilis
A52.8 | late latent syphilis
A50.9 | congenital syphilis
A57 | chancroid
A58 | granuloma inguinale; donovanosis
A59.01 | trichomonal vaginitis; trichomonas vaginitis
A59.03 | trichomonal urethritis
A60.01 | herpes of penis; penile herpes
A60.04 | herpetic vulvovaginitis; vulvar herpes; vaginal herpes
A60.1 | perianal herpes; rectal herpes; anal herpes
Z72.5 | high risk sexual behavior; unprotected sex; unprotected intercourse; multiple sexual partners; multiple sex partners
R75 | inconclusive hiv test; indeterminate hiv test; equivocal hiv test
B20 | human immunodeficiency virus; aids related complex; hiv related illness
`;

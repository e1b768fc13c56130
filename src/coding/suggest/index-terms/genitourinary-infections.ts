/** Clinical terms, genitourinary and infectious diseases: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const GENITOURINARY_INFECTIONS_TERMS = `
N39.0 | uti; urinary tract infection; urine infection; urinary infection; water infection; utis
N30.90 | cystitis; bladder infection; bladder inflammation
N30.00 | acute cystitis; acute bladder infection
N30.10 | interstitial cystitis; painful bladder syndrome; bladder pain syndrome
N12 | pyelonephritis; pyelo; pyelitis
N10 | acute pyelonephritis; acute pyelo
N11.9 | chronic pyelonephritis
N15.9 | kidney infection; renal infection
N15.1 | renal abscess; perinephric abscess; perirenal abscess; kidney abscess
N13.6 | pyonephrosis; infected hydronephrosis
T83.511 | cauti; catheter associated uti; catheter associated urinary tract infection; foley associated uti
N13.30 | hydronephrosis; dilated renal pelvis; swollen kidney
N13.2 | obstructing kidney stone; obstructing ureteral stone; hydronephrosis due to stone; obstructive calculus
N13.9 | obstructive uropathy; urinary obstruction; urinary tract obstruction
N13.70 | vur; vesicoureteral reflux; vesicoureteric reflux
N20.0 | kidney stone; kidney stones; renal stone; nephrolithiasis; renal calculus; renal calculi
N20.1 | ureteral stone; ureterolithiasis; ureteral calculus; ureteric stone
N20.9 | urolithiasis; urinary stone; urinary calculus
N21.0 | bladder stone; bladder calculus; vesical calculus
N23 | renal colic; kidney stone pain; ureteric colic
N18 | ckd; chronic kidney disease; chronic renal insufficiency; chronic renal failure; crf; chronic renal disease
N18.6 | esrd; eskd; end stage renal disease; end stage kidney disease; end stage renal failure
N17.9 | aki; acute kidney injury; acute renal failure; acute renal injury; acute renal insufficiency
N17.0 | atn; acute tubular necrosis
N19 | renal failure; kidney failure; uremia
N28.9 | kidney disease; renal disease; renal insufficiency; kidney problem
N14.11 | contrast nephropathy; contrast induced nephropathy; contrast induced aki
N28.1 | renal cyst; kidney cyst; simple renal cyst
Q61.2 | adpkd; autosomal dominant polycystic kidney disease; adult polycystic kidney disease
Q61.3 | pkd; polycystic kidney disease; polycystic kidneys
N04.9 | nephrotic syndrome; nephrosis
N05.9 | glomerulonephritis; nephritis; nephritic syndrome; gn
N02.B | iga nephropathy; berger disease; berger's disease
R80.9 | proteinuria; protein in urine; albuminuria; microalbuminuria
R31.9 | hematuria; blood in urine; bloody urine
R31.0 | gross hematuria; visible hematuria; frank hematuria
R31.29 | microscopic hematuria; microhematuria; micro hematuria
R82.71 | bacteriuria; asymptomatic bacteriuria
R82.81 | pyuria; sterile pyuria; wbc in urine
R82.90 | abnormal urinalysis; abnormal urine test; abnormal ua
R30.0 | dysuria; painful urination; burning urination; burning on urination; burning with urination
R35.0 | urinary frequency; frequent urination; frequency of urination
R35.1 | nocturia; nighttime urination; waking to urinate
R39.15 | urinary urgency; urgency of urination
R33.9 | urinary retention; retention of urine; unable to urinate; inability to void
R39.11 | urinary hesitancy; hesitancy
R39.12 | weak urinary stream; weak stream; poor stream; slow urine stream
R39.14 | incomplete bladder emptying; incomplete emptying; sensation of incomplete voiding
R39.16 | straining to urinate; straining to void
R34 | oliguria; anuria; low urine output; decreased urine output
R32 | urinary incontinence; incontinence of urine; leaking urine; bladder leakage; urine leakage
N39.3 | stress incontinence; stress urinary incontinence; sui
N39.41 | urge incontinence; urge urinary incontinence; uui
N39.46 | mixed incontinence; mixed urinary incontinence
N39.44 | nocturnal enuresis; bedwetting; bed wetting
N32.81 | overactive bladder; oab; irritable bladder
N31.9 | neurogenic bladder; neuropathic bladder; neurogenic bladder dysfunction
N32.0 | bladder outlet obstruction; bladder neck obstruction
N40.0 | bph; enlarged prostate; benign prostatic hypertrophy; benign prostatic hyperplasia; prostatomegaly; prostatic hypertrophy
N40.1 | bph with luts; bph with urinary symptoms; bph with obstruction; bph with urinary retention; enlarged prostate with luts
N40.2 | prostate nodule; nodular prostate
N41.0 | acute prostatitis
N41.1 | chronic prostatitis; chronic bacterial prostatitis; cpps
N41.9 | prostatitis; prostate infection; prostate inflammation
R97.20 | elevated psa; raised psa; high psa; increased psa
Z12.5 | psa screening; prostate cancer screening; prostate screening
N52.9 | erectile dysfunction; impotence; impotent; erection problems; male impotence
N52.31 | erectile dysfunction after prostatectomy; post prostatectomy ed
N43.3 | hydrocele; scrotal hydrocele
I86.1 | varicocele; scrotal varices
N43.40 | spermatocele
N45.1 | epididymitis
N45.2 | orchitis
N45.3 | epididymo-orchitis; epididymoorchitis; orchiepididymitis
N44.00 | testicular torsion; torsion of testis; twisted testicle; torsion of spermatic cord
N50.81 | testicular pain; testicle pain; orchialgia; testis pain
N50.82 | scrotal pain
N47.1 | phimosis; tight foreskin
N47.2 | paraphimosis
N48.1 | balanitis
N47.6 | balanoposthitis
N48.6 | peyronie's disease; peyronie disease; peyronies; penile curvature; induratio penis plastica
N48.30 | priapism; prolonged erection
Q53.9 | undescended testicle; undescended testis; cryptorchidism
N46.9 | male infertility
Z98.52 | vasectomy status; status post vasectomy; history of vasectomy
N35.9 | urethral stricture
N34.1 | nongonococcal urethritis; ngu; nonspecific urethritis
N34.2 | urethritis
Z99.2 | dialysis dependent; on dialysis; hemodialysis dependent; dialysis patient; on hemodialysis; peritoneal dialysis dependent
Z94.0 | kidney transplant status; renal transplant status; status post kidney transplant; history of kidney transplant; renal transplant
Z90.5 | status post nephrectomy; absent kidney; history of nephrectomy
Z93.6 | nephrostomy status; urostomy status; ileal conduit status
A41.9 | sepsis; septicemia; septicaemia; septic
R65.20 | severe sepsis; sepsis with organ dysfunction; severe sepsis without shock
R65.21 | septic shock; severe sepsis with septic shock
R78.81 | bacteremia; positive blood culture; bacteraemia
A41.51 | e coli sepsis; sepsis due to e coli
A41.01 | mssa sepsis; sepsis due to mssa
A41.02 | mrsa sepsis; sepsis due to mrsa
A41.50 | gram negative sepsis
T80.211 | clabsi; central line associated bloodstream infection; line sepsis; central line infection
T81.4 | surgical site infection; ssi; postoperative wound infection; post op infection; postoperative infection
U07.1 | covid; covid-19; covid 19; coronavirus disease 2019; sars-cov-2 infection; covid infection; covid positive; positive covid test
J12.82 | covid pneumonia; covid-19 pneumonia; pneumonia due to covid
U09.9 | long covid; post covid syndrome; post covid condition; long haul covid; pasc; post-acute sequelae of covid
Z20.822 | covid exposure; exposure to covid; covid contact; close contact with covid
Z11.52 | covid screening; covid test; screening for covid
Z86.16 | history of covid; history of covid-19; prior covid infection
J11.1 | flu; influenza; the flu; grippe; influenza like illness; ili
J10.1 | influenza a; influenza b; flu a; flu b; confirmed influenza; positive flu test; positive influenza
J11.00 | flu pneumonia; influenza pneumonia
J10.00 | influenza a pneumonia; influenza b pneumonia
J12.1 | rsv pneumonia
J21.0 | rsv bronchiolitis
B34.9 | viral infection; viral illness; viral syndrome; virus
A08.4 | viral gastroenteritis; stomach flu; stomach bug; intestinal flu; viral enteritis; gastro virus
A08.11 | norovirus; norwalk virus; norovirus gastroenteritis
A08.0 | rotavirus; rotavirus gastroenteritis; rotaviral enteritis
A09 | infectious diarrhea; infectious gastroenteritis; infectious colitis; travelers diarrhea; traveler's diarrhea; dysentery
A04.72 | c diff; cdiff; c diff colitis; clostridium difficile colitis; clostridioides difficile infection; cdi; pseudomembranous colitis
A04.71 | recurrent c diff; recurrent cdiff; recurrent clostridium difficile colitis
A07.1 | giardia; giardiasis
A04.5 | campylobacter; campylobacter enteritis
A02.0 | salmonella; salmonellosis; salmonella gastroenteritis; salmonella enteritis
A03.9 | shigella; shigellosis
A04.4 | e coli enteritis; e coli diarrhea
A05.9 | food poisoning; bacterial food poisoning
B96.81 | h pylori; helicobacter pylori; h pylori infection; hpylori
B34.2 | coronavirus infection
B08.4 | hand foot and mouth disease; hand foot mouth disease; hfmd; hand foot and mouth
B08.1 | molluscum; molluscum contagiosum
B08.3 | fifth disease; slapped cheek; erythema infectiosum; parvovirus b19
B08.20 | roseola; sixth disease; roseola infantum
B01.9 | chickenpox; chicken pox; varicella
B02.9 | shingles; herpes zoster; zoster
B02.29 | postherpetic neuralgia; phn; post herpetic neuralgia; postzoster neuralgia
B02.30 | herpes zoster ophthalmicus; hzo; ophthalmic zoster; ophthalmic shingles
B00.9 | herpes simplex; hsv; hsv infection; herpes simplex infection; herpes
B00.1 | cold sore; cold sores; fever blister; herpes labialis; oral herpes
A60.00 | genital herpes; hsv-2; hsv 2; herpes genitalis; genital hsv
B27.90 | mono; infectious mononucleosis; mononucleosis; glandular fever; kissing disease
B25.9 | cmv; cytomegalovirus; cmv infection
B26.9 | mumps
B05.9 | measles; rubeola
B06.9 | rubella; german measles
A37.90 | whooping cough; pertussis
A38.9 | scarlet fever; scarlatina
J02.0 | strep throat; strep pharyngitis; streptococcal pharyngitis; streptococcal sore throat
B20 | hiv; aids; hiv disease; hiv infection; acquired immunodeficiency syndrome; hiv aids
Z21 | hiv positive; asymptomatic hiv; hiv seropositive; asymptomatic hiv infection; hiv carrier
Z11.4 | hiv screening; hiv test; screening for hiv
Z20.6 | hiv exposure; exposure to hiv
Z29.81 | hiv prep; hiv pre-exposure prophylaxis; pre-exposure prophylaxis
B19.20 | hep c; hepatitis c; hcv; hcv infection; hepatitis c infection
B18.2 | chronic hep c; chronic hepatitis c; chronic hcv
B17.10 | acute hep c; acute hepatitis c
B19.10 | hep b; hepatitis b; hbv; hbv infection
B18.1 | chronic hep b; chronic hepatitis b; chronic hbv
B16.9 | acute hep b; acute hepatitis b
B15.9 | hep a; hepatitis a; hav
B19.9 | viral hepatitis
A56.2 | chlamydia; chlamydia infection; chlamydial infection; genital chlamydia
A54.9 | gonorrhea; gonorrhoea; gc; clap; gonococcal infection
A53.9 | syphilis; lues
A51.0 | primary syphilis; genital chancre; syphilitic chancre
A53.0 | latent syphilis
A52.3 | neurosyphilis
A59.9 | trichomoniasis; trich; trichomonas
A63.0 | genital warts; condyloma acuminata; condyloma acuminatum; venereal warts; anogenital warts; condylomata
B97.7 | hpv; human papillomavirus; hpv infection; papillomavirus
A64 | std; sti; sexually transmitted infection; sexually transmitted disease; venereal disease
Z11.3 | std screening; sti screening; std test; sti testing; screening for std
Z20.2 | std exposure; exposure to std; exposure to sti; sexual partner with std
B37.9 | candidiasis; yeast infection; candida infection; candida; moniliasis
B37.0 | thrush; oral thrush; oral candidiasis; oral yeast infection; candidal stomatitis
B37.3 | vaginal yeast infection; vulvovaginal candidiasis; vaginal candidiasis; candidal vaginitis; monilial vaginitis
B37.2 | cutaneous candidiasis; candidal intertrigo; candida skin infection; candidal diaper rash; yeast rash
B37.42 | candidal balanitis; yeast balanitis
B37.41 | candida uti; candidal cystitis
B37.81 | candida esophagitis; esophageal candidiasis; candidal esophagitis
B37.7 | candidemia; candida sepsis; fungemia
B35.1 | onychomycosis; toenail fungus; nail fungus; fungal nail infection; tinea unguium
B35.3 | athlete's foot; athletes foot; tinea pedis; foot fungus
B35.4 | ringworm; tinea corporis; ringworm of body
B35.0 | tinea capitis; scalp ringworm; ringworm of scalp; tinea barbae
B35.6 | jock itch; tinea cruris; groin fungus
B35.9 | tinea; dermatophytosis; dermatophyte infection
B36.0 | tinea versicolor; pityriasis versicolor
B49 | fungal infection; mycosis; fungal disease
B44.9 | aspergillosis
B38.9 | coccidioidomycosis; valley fever
A49.02 | mrsa; mrsa infection; methicillin resistant staph aureus infection
A49.01 | mssa; mssa infection; staph aureus infection
A49.9 | bacterial infection
A49.1 | strep infection; streptococcal infection
Z22.322 | mrsa carrier; mrsa colonization; mrsa colonized; mrsa positive nares
Z22.321 | mssa carrier; mssa colonization
Z22.330 | gbs carrier; gbs positive; group b strep carrier; group b strep positive
Z16.12 | esbl; esbl resistance; esbl producing organism
Z16.21 | vre; vancomycin resistance; vancomycin resistant enterococcus
Z16.24 | multidrug resistant organism; mdro; multi drug resistant
B96.20 | e coli; escherichia coli
B96.1 | klebsiella; klebsiella pneumoniae
B96.5 | pseudomonas; pseudomonas aeruginosa
B95.2 | enterococcus; enterococcal
B95.0 | group a strep; group a streptococcus
B95.1 | group b strep; gbs
A69.20 | lyme; lyme disease; lyme borreliosis
A77.0 | rmsf; rocky mountain spotted fever
A15.9 | tuberculosis; tb; active tb; active tuberculosis
A15.0 | pulmonary tuberculosis; pulmonary tb; tb of lung
Z22.7 | latent tb; latent tuberculosis; ltbi; latent tb infection
R76.11 | positive ppd; positive tb skin test; positive tst; positive mantoux
R76.12 | positive quantiferon; positive igra; positive tb blood test; positive quantiferon gold
Z11.1 | tb screening; tuberculosis screening
Z20.1 | tb exposure; exposure to tuberculosis
B86 | scabies; sarcoptic itch
B85.0 | head lice; pediculosis capitis; nits
B85.2 | lice; pediculosis; louse infestation
B85.3 | pubic lice; crabs; phthiriasis
B80 | pinworm; pinworms; enterobiasis; threadworm
A87.9 | viral meningitis; aseptic meningitis
A90 | dengue; dengue fever
R50.9 | fever; febrile; pyrexia; temperature elevated; elevated temperature
B99.9 | infection; infectious disease
`;

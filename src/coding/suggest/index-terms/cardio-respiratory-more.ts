/** Clinical terms, heart, vessels, lungs, allergy, nose and throat, mouth and teeth (second wave: more wordings and uncovered conditions): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const CARDIO_RESPIRATORY_MORE_TERMS = `
I10 | hbp; hypertensive; controlled hypertension; htn controlled; hypertension controlled; primary hypertension; high blood pressure disease
I1A.0 | resistant hypertension; treatment resistant hypertension; refractory hypertension; resistant htn; uncontrolled hypertension on three drugs
I11.0 | hypertension with heart failure; htn with chf; hypertensive chf; chf due to hypertension; heart failure due to hypertension; hypertension with chf
I12 | hypertension with ckd; htn with ckd; ckd due to hypertension; hypertensive kidney disease; ckd from high blood pressure
I13 | hypertension with chf and ckd; htn with chf and ckd; hypertension heart failure ckd
I25.10 | coronary disease; coronary artery calcification; coronary calcification; calcified coronary arteries; three vessel disease; triple vessel disease; multivessel cad; cad native vessel; blocked coronary arteries
I25.110 | cad with unstable angina; coronary artery disease with unstable angina
I25.118 | cad with stable angina; coronary artery disease with stable angina; cad with exertional angina
I25.6 | silent ischemia; silent myocardial ischemia; asymptomatic myocardial ischemia
I25.41 | coronary artery aneurysm; coronary aneurysm
I25.810 | bypass graft disease; cabg graft atherosclerosis; vein graft disease; atherosclerosis of bypass graft
I20.81 | microvascular angina; coronary microvascular dysfunction; cardiac syndrome x; small vessel heart disease
I20.89 | stable angina; exertional angina; chronic stable angina; effort angina
I24.1 | dressler's syndrome; dressler syndrome; postinfarction pericarditis; post mi syndrome
I50.9 | heart failure exacerbation; chf flare; chf exacerbation acute; worsening heart failure; failing heart; hf
I50.2 | hfref chf; low ejection fraction heart failure; reduced ef heart failure; chf with reduced ef; systolic hf
I50.3 | hfpef chf; preserved ef heart failure; chf with preserved ef; diastolic hf
I51.7 | left atrial enlargement; lae; atrial enlargement; dilated atrium; left ventricular hypertrophy
I42.7 | drug-induced cardiomyopathy; chemotherapy-induced cardiomyopathy; anthracycline cardiomyopathy; cardiotoxicity
I42.8 | arrhythmogenic right ventricular cardiomyopathy; arvc; arvd
O90.3 | peripartum cardiomyopathy; postpartum cardiomyopathy; ppcm
E85.4 | cardiac amyloidosis; cardiac amyloid; amyloid cardiomyopathy; amyloid heart
I38 | heart valve disease; valvular heart disease; leaky heart valve; leaky valve; valve regurgitation; valvular insufficiency; valvular disease
I08.0 | mitral and aortic valve disease; aortic and mitral valve disease
I05.2 | mitral stenosis with regurgitation; mitral stenosis and insufficiency
I49.9 | abnormal heart rhythm; heart rhythm problem; heart rhythm disorder
R00.2 | skipped beats; skipping heartbeat; heart skipping beats; heart flutters; heart flip-flops
R94.31 | t wave inversion; t wave abnormality; st depression; nonspecific t wave changes; ekg changes; ekg abnormality
I46.9 | code blue; pulseless electrical activity; pea arrest; pulseless arrest
R57.0 | cardiogenic shock
R57.9 | shock; circulatory shock
R57.1 | hypovolemic shock
I95.3 | intradialytic hypotension; hypotension during dialysis; hemodialysis hypotension
I95.89 | chronic hypotension; chronically low blood pressure
Z95.818 | loop recorder; implantable loop recorder; ilr; implanted cardiac monitor
Z45.01 | pacemaker check; pacemaker interrogation; pacemaker adjustment
Z45.02 | defibrillator check; aicd interrogation; aicd check; defibrillator interrogation
T82.7 | pacemaker infection; cardiac device infection; pocket infection; infected pacemaker
T82.1 | pacemaker malfunction; lead malfunction; defibrillator malfunction; lead dislodgement; pacemaker lead displacement
Z79.01 | on anticoagulants; on heparin; on lovenox; on enoxaparin; on pradaxa; on dabigatran; on edoxaban; blood thinner use
Z86.79 | history of endocarditis; history of pericarditis; history of myocarditis; history of aortic dissection
Z82.41 | family history of sudden cardiac death; family history of sudden death
Z13.6 | cardiovascular screening; screening for heart disease; aaa screening; screening for aortic aneurysm
Z95.820 | status post peripheral stent; peripheral artery stent; history of peripheral stent; leg artery stent
Z98.62 | status post peripheral angioplasty; history of peripheral angioplasty
Z95.828 | status post endovascular aneurysm repair; status post evar; evar graft; aortic stent graft; vascular graft status
I70.21 | pad with claudication; atherosclerosis with claudication; claudication due to pad; lifestyle limiting claudication
I70.22 | pad with rest pain; ischemic rest pain; atherosclerosis with rest pain
I70.26 | pad with gangrene; atherosclerotic gangrene; arteriosclerotic gangrene; gangrene due to pad
I70.92 | chronic total occlusion of artery; chronic arterial occlusion
I74.3 | acute limb ischemia; arterial occlusion of leg; arterial embolism of leg; arterial thrombosis of leg; leg artery clot
I74.2 | arterial embolism of arm; arm artery clot; arterial thrombosis of arm
I72.4 | popliteal aneurysm; popliteal artery aneurysm; femoral artery aneurysm
I72.3 | iliac aneurysm; iliac artery aneurysm
I72.2 | renal artery aneurysm
I72.9 | aneurysm; arterial aneurysm
I72.8 | splenic artery aneurysm; visceral artery aneurysm
I77.71 | carotid dissection; carotid artery dissection
I77.74 | vertebral artery dissection; vertebral dissection
I77.6 | arteritis; vasculitis of artery
I77.1 | arterial stenosis; stricture of artery
I83.0 | varicose ulcer; varicose vein ulcer; ulcerated varicose veins
I83.1 | inflamed varicose veins; varicose veins with inflammation; varicose phlebitis
I82.41 | femoral dvt; femoral vein thrombosis; femoral vein dvt
I82.43 | popliteal dvt; popliteal vein thrombosis
I82.42 | iliac dvt; iliac vein thrombosis
I82.4Z | calf dvt; distal dvt; below knee dvt; peroneal dvt; posterior tibial dvt
I82.4Y | proximal dvt; above knee dvt
I82.B1 | subclavian dvt; subclavian vein thrombosis
I82.C1 | internal jugular thrombosis; ij thrombosis; jugular vein thrombosis
I82.A1 | axillary dvt; axillary vein thrombosis
I82.220 | ivc thrombus; ivc thrombosis; inferior vena cava thrombosis; vena cava clot
I81 | portal vein thrombosis; portal vein clot
I82.0 | budd-chiari syndrome; budd chiari; hepatic vein thrombosis
I26.90 | septic pulmonary emboli; septic pulmonary embolism; septic emboli lung
I26.99 | pulmonary emboli; pulmonary clot; pulmonary thrombus; acute pe; acute pulmonary embolism
I27.83 | eisenmenger syndrome; eisenmenger's syndrome; eisenmenger complex
I27.20 | elevated pulmonary pressure
Z86.711 | history of pulmonary emboli; history of lung clot; prior pe; prior pulmonary embolism
Z86.718 | history of blood clots; prior dvt; history of leg clot; history of vte
J44.9 | chronic obstructive asthma; asthma copd overlap; asthma-copd overlap; chronic asthmatic bronchitis; chronic obstructive bronchitis
J44.1 | copd exac; copd flare up; worsening copd; acute copd; copd decompensation
J43.9 | copd with emphysema; emphysematous copd; emphysema copd
J44.81 | bronchiolitis obliterans; obliterative bronchiolitis; bronchiolitis obliterans syndrome; bos
J45.2 | mild intermittent asthma; intermittent asthma
J45.3 | mild persistent asthma
J45.4 | moderate persistent asthma
J45.5 | severe persistent asthma; severe asthma
J82.83 | eosinophilic asthma
J82.8 | eosinophilic pneumonia; pulmonary eosinophilia; loeffler syndrome
B44.81 | abpa; allergic bronchopulmonary aspergillosis
J18.9 | hcap; healthcare associated pneumonia; hospital acquired pneumonia; nursing home pneumonia
J15.1 | pseudomonas pneumonia; pseudomonal pneumonia
J15.0 | klebsiella pneumonia
J15.20 | staph pneumonia; staphylococcal pneumonia
J15.211 | mssa pneumonia; methicillin susceptible staph pneumonia
J14 | h flu pneumonia; haemophilus influenzae pneumonia; hemophilus pneumonia
J15.6 | gram negative pneumonia; gram-negative pneumonia
J16.0 | chlamydia pneumonia; chlamydophila pneumonia
A48.1 | legionella pneumonia; legionnaires disease; legionnaires' disease
J11.00 | flu pneumonia; influenza pneumonia; influenza with pneumonia
J84.116 | organizing pneumonia; cryptogenic organizing pneumonia; boop
J84.113 | nsip; nonspecific interstitial pneumonia; nonspecific interstitial pneumonitis
J84.10 | scarring of lungs; lung scarring; scar tissue in lungs; pulmonary scarring
J61 | asbestosis; asbestos lung disease
J62.8 | silicosis; silica lung disease
J60 | black lung; black lung disease; coal workers pneumoconiosis; coal worker's pneumoconiosis
J64 | pneumoconiosis
J70.0 | radiation pneumonitis; acute radiation pneumonitis
J70.1 | radiation fibrosis of lung; radiation lung fibrosis
J70.4 | drug-induced pneumonitis; drug-induced interstitial lung disease; amiodarone lung toxicity; amiodarone pneumonitis
J81.0 | flash pulmonary edema; acute pulmonary edema; noncardiogenic pulmonary edema
J93.11 | primary spontaneous pneumothorax
J93.12 | secondary spontaneous pneumothorax
J95.811 | iatrogenic pneumothorax; postprocedural pneumothorax; post procedure pneumothorax
S27.0 | traumatic pneumothorax
J94.2 | hemothorax; haemothorax; nontraumatic hemothorax
J92.9 | pleural plaques; pleural plaque; pleural thickening
J92.0 | asbestos pleural plaques; asbestos-related pleural plaque
J94.8 | trapped lung; unexpandable lung
J94.1 | fibrothorax; pleural fibrosis
R06.09 | dyspnea on exertion; doe; exertional dyspnea; sob on exertion; breathless on exertion; winded with exertion
R06.01 | orthopnea; short of breath lying flat; cannot lie flat
R06.3 | cheyne-stokes respiration; cheyne stokes breathing; periodic breathing
R06.1 | stridor; noisy breathing
R06.4 | hyperventilation; overbreathing
R09.02 | low sats; low o2; hypoxic; o2 sat low; desatting; low pulse ox
R05.1 | acute cough
R05.2 | subacute cough
R05.4 | cough syncope; tussive syncope
Z86.11 | history of tb; history of tuberculosis; treated tb; prior tb
Z87.09 | history of pneumothorax; history of childhood asthma; history of bronchitis; history of empyema
Z87.891 | former smoker; ex-smoker; quit smoking; history of smoking; history of tobacco use; past smoker; remote smoker
Z12.2 | lung cancer screening; low dose ct screening; ldct screening; screening for lung cancer
Z99.81 | home o2; o2 dependent; chronic oxygen; oxygen at home; nocturnal oxygen; uses oxygen
Z99.89 | cpap at night; uses cpap; bipap at night; uses bipap
J95.02 | trach infection; tracheostomy infection; stoma infection trach
J95.03 | trach malfunction; tracheostomy malfunction; blocked trach
J06.9 | upper respiratory illness; viral upper respiratory infection; viral urti; upper respiratory virus; uri symptoms
J06.0 | acute laryngopharyngitis; laryngopharyngitis
J03.00 | strep tonsillitis; streptococcal tonsillitis
J02.9 | viral pharyngitis; viral sore throat
J31.2 | chronic sore throat; chronic pharyngitis
J31.1 | chronic nasopharyngitis
J37.0 | chronic laryngitis
J38.3 | vocal cord dysfunction; vcd; paradoxical vocal fold motion; vocal cord granuloma; vocal cord cyst
J38.4 | laryngeal edema; swollen larynx; edema of larynx
J39.0 | retropharyngeal abscess; parapharyngeal abscess
R09.A2 | lump in throat; foreign body sensation in throat; something stuck in throat
J32.0 | maxillary sinusitis; chronic maxillary sinusitis
J32.1 | frontal sinusitis; chronic frontal sinusitis
J32.2 | ethmoid sinusitis; ethmoidal sinusitis
J32.3 | sphenoid sinusitis; sphenoidal sinusitis
J32.4 | pansinusitis; chronic pansinusitis
J01.0 | acute maxillary sinusitis
J01.91 | acute recurrent sinusitis; recurrent sinus infections
J34.1 | sinus cyst; mucous retention cyst; maxillary sinus cyst; sinus mucocele
J34.0 | nasal abscess; nasal vestibulitis; nasal furuncle; cellulitis of nose
J34.89 | nasal valve collapse; nasal crusting; runny nose; rhinorrhea
J30.81 | cat allergy; dog allergy; animal dander allergy; pet allergy; allergic to cats; allergic to dogs
J30.89 | dust mite allergy; dust allergy; allergic to dust mites; feather allergy
J30.1 | ragweed allergy; grass allergy; tree pollen allergy; allergic to pollen; pollen allergies
J30.9 | allergic rhinitis symptoms; nose allergies; sneezing from allergies; runny nose from allergies
Z88.1 | fluoroquinolone allergy; cipro allergy; levaquin allergy; macrolide allergy; erythromycin allergy; tetracycline allergy; vancomycin allergy; keflex allergy
Z88.2 | bactrim allergy; sulfamethoxazole allergy; septra allergy
Z88.8 | ace inhibitor allergy; lisinopril allergy; statin allergy; allergic to ace inhibitors
Z88.6 | ibuprofen allergy; nsaids allergy; allergic to aspirin
B27.90 | mono; mononucleosis; infectious mononucleosis; glandular fever; kissing disease
B26.9 | mumps; epidemic parotitis
K08.9 | dental problem; dental issue; tooth problem; teeth problems; dental disease
K08.40 | missing teeth; partial edentulism; missing tooth; partially edentulous
K04.0 | pulpitis; tooth nerve inflammation; inflamed tooth pulp
K04.1 | dead tooth; necrotic pulp; nonvital tooth; pulp necrosis
A69.1 | trench mouth; anug; necrotizing ulcerative gingivitis; vincent's infection; vincent's gingivitis
K06.1 | gum overgrowth; gingival hyperplasia; gingival hypertrophy; gingival enlargement
M26.4 | malocclusion; bad bite; misaligned teeth
M26.31 | crowded teeth; crowding of teeth; dental crowding
M26.62 | tmj pain; tmj arthralgia; temporomandibular joint pain
M27.2 | osteomyelitis of jaw; jaw osteomyelitis; jaw infection
M27.3 | dry socket; alveolar osteitis; alveolitis of jaw
M87.180 | osteonecrosis of jaw; onj; bisphosphonate osteonecrosis of jaw; mronj; medication related osteonecrosis of jaw
K13.70 | mouth lesion; oral lesion; lesion in mouth; oral mucosal lesion
K13.1 | cheek biting; lip biting
K13.0 | chapped lips; cracked lips; dry lips; lip inflammation
K14.3 | hairy tongue; black hairy tongue
K14.0 | glossitis; inflamed tongue
K14.9 | tongue problem; tongue disorder
B37.0 | candida mouth; oral yeast; yeast in mouth; mouth thrush
B00.2 | herpetic gingivostomatitis; herpetic stomatitis; primary herpetic gingivostomatitis
R68.2 | xerostomia; mouth dryness; dry mouth syndrome
K11.2 | parotitis; swollen parotid; inflamed salivary gland; parotid gland infection
K09.0 | dentigerous cyst; odontogenic cyst
K03.0 | tooth wear; worn teeth; attrition of teeth
K03.2 | dental erosion; enamel erosion; erosion of teeth
S02.5 | broken tooth; chipped tooth; fractured tooth; tooth fracture
S03.2 | knocked out tooth; avulsed tooth; tooth avulsion; dislocated tooth
Z97.2 | partial denture; denture; upper denture; lower denture
Z14.1 | cystic fibrosis carrier; cf carrier
I25.2 | old heart attack; prior heart attack; past mi; past heart attack
Z95.5 | stents in heart; cardiac stents; heart stent; coronary stents
Z95.1 | triple bypass; quadruple bypass; double bypass; bypass surgery history
Z95.2 | valve replacement status; status post avr; status post mvr; status post aortic valve replacement
Z95.0 | pacer; paced rhythm; pacemaker dependent
I95.9 | hypotensive; bp low; low blood pressure readings
R23.0 | cyanosis; blue lips; turning blue; bluish skin; cyanotic
I31.1 | constrictive pericarditis; chronic constrictive pericarditis
Q24.9 | congenital heart disease; congenital heart defect; congenital cardiac anomaly
J45.909 | controlled asthma; well controlled asthma; stable asthma; uncomplicated asthma
U09.9 | long covid; post covid syndrome; post-covid condition; long haul covid
Z86.16 | history of covid; history of covid-19; prior covid infection; recovered from covid
Z20.822 | covid exposure; exposed to covid; contact with covid
A37.90 | whooping cough; pertussis
J35.8 | tonsil stones; tonsilloliths; tonsillolith
Z90.89 | status post tonsillectomy; history of tonsillectomy
R06.7 | sneezing; sneezes
J34.2 | crooked septum; bent septum
K00.6 | delayed tooth eruption; late teething; delayed eruption of teeth
K00.1 | extra teeth; supernumerary tooth; supernumerary teeth
K00.0 | congenitally missing teeth; hypodontia; anodontia
Z46.3 | denture fitting; denture adjustment; new dentures
`;

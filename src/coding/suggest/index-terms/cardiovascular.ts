/** Clinical terms, cardiovascular (heart, hypertension, arrhythmia, heart failure, valves, vessels): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const CARDIOVASCULAR_TERMS = `
I10 | high blood pressure; htn; hypertension; essential hypertension; benign hypertension; malignant hypertension; accelerated hypertension; high bp
R03.0 | elevated blood pressure reading; elevated bp reading; white coat hypertension; white coat syndrome; elevated bp without hypertension
R03.1 | low blood pressure reading
I11.9 | hypertensive heart disease; hhd; hypertensive cardiomyopathy; htn heart disease
I11.0 | hypertensive heart failure; hypertensive heart disease with chf
I12 | hypertensive chronic kidney disease; hypertensive ckd; htn ckd; hypertensive nephropathy; hypertensive nephrosclerosis; hypertensive renal disease
I13 | hypertensive heart and kidney disease; hypertensive heart and ckd; cardiorenal hypertension
I15.0 | renovascular hypertension; renovascular htn
I15.9 | secondary htn; secondary high blood pressure
I16.0 | hypertensive urgency; htn urgency
I16.1 | hypertensive emergency; htn emergency
I16.9 | hypertensive crisis; htn crisis
I27.0 | primary pulmonary hypertension; idiopathic pulmonary arterial hypertension; ipah
I27.20 | pulmonary hypertension; pulmonary htn; pulm htn
I27.24 | cteph; chronic thromboembolic pulmonary hypertension
I27.81 | cor pulmonale; chronic cor pulmonale
I25.10 | cad; coronary artery disease; ashd; atherosclerotic heart disease; coronary atherosclerosis; coronary heart disease; arteriosclerotic heart disease
I25.11 | cad with angina; coronary artery disease with angina
I25.9 | ischemic heart disease; ihd; chronic ischemic heart disease
I25.5 | ischemic cardiomyopathy; ischaemic cardiomyopathy
I25.2 | old mi; history of mi; prior mi; healed mi; remote mi; history of heart attack; history of myocardial infarction; old myocardial infarction
I20.9 | angina; angina pectoris; cardiac angina; anginal chest pain
I20.0 | unstable angina; crescendo angina; preinfarction angina; preinfarction syndrome; worsening angina
I20.1 | prinzmetal angina; prinzmetal's angina; vasospastic angina; variant angina; coronary vasospasm; coronary artery spasm
I24.9 | acute coronary syndrome; acs; acute ischemic heart disease
I24.89 | demand ischemia; supply demand ischemia
I21.9 | heart attack; mi; myocardial infarction; acute mi; ami; acute myocardial infarction
I21.4 | nstemi; non-st elevation mi; non st elevation myocardial infarction; non-q wave mi; subendocardial infarction; subendocardial mi
I21.3 | stemi; st elevation mi; st elevation myocardial infarction
I21.09 | anterior mi; anterior stemi; anterior wall mi; anteroseptal mi; anterolateral mi
I21.19 | inferior mi; inferior stemi; inferior wall mi; inferoposterior mi
I21.A1 | type 2 mi; type 2 myocardial infarction; type ii mi; demand mi
Z95.1 | status post cabg; history of cabg; history of coronary artery bypass graft; cabg status; history of bypass surgery; coronary bypass status
Z95.5 | coronary stent; status post coronary stent; history of coronary stent; status post pci; history of pci; cardiac stent status
Z98.61 | status post ptca; history of angioplasty; coronary angioplasty status; history of ptca
Z95.0 | pacemaker; pacemaker status; permanent pacemaker; status post pacemaker; has pacemaker
Z95.810 | aicd; aicd status; implanted defibrillator; defibrillator status; status post aicd
Z95.811 | lvad; ventricular assist device; lvad status
Z95.2 | prosthetic heart valve; mechanical heart valve; artificial heart valve; status post valve replacement; mechanical valve
Z95.3 | bioprosthetic valve; tissue valve; porcine valve; bioprosthetic heart valve
Z94.1 | heart transplant; status post heart transplant; history of heart transplant
Z86.74 | history of cardiac arrest; history of sudden cardiac arrest; survived cardiac arrest
Z86.711 | history of pulmonary embolism; history of pe
Z86.718 | history of dvt; history of deep vein thrombosis; history of blood clot; history of venous thrombosis
Z82.49 | family history of heart disease; family history of cad; family history of mi; family history of heart attack
Z01.810 | cardiac clearance; preop cardiac evaluation; preoperative cardiac clearance; cardiac risk assessment before surgery
I50.9 | chf; congestive heart failure; heart failure; cardiac failure; ccf; decompensated heart failure; congestive cardiac failure; chf exacerbation; acute heart failure; acute decompensated heart failure; adhf
I50.2 | systolic heart failure; hfref; heart failure with reduced ejection fraction; systolic chf; systolic dysfunction heart failure
I50.3 | diastolic heart failure; hfpef; heart failure with preserved ejection fraction; diastolic chf
I50.4 | combined systolic and diastolic heart failure; combined heart failure; combined chf
I50.1 | lv failure; lvf; cardiac asthma; cardiogenic pulmonary edema
I50.81 | rv failure; rvf; rv heart failure
I50.82 | biventricular chf; biventricular failure
I50.84 | end stage heart failure; end-stage chf; advanced heart failure
I42.9 | cardiomyopathy; myocardiopathy
I42.0 | dilated cardiomyopathy; dcm; congestive cardiomyopathy
I42.1 | hocm; hypertrophic obstructive cardiomyopathy; idiopathic hypertrophic subaortic stenosis; ihss
I42.2 | hcm; hypertrophic cardiomyopathy; nonobstructive hypertrophic cardiomyopathy
I42.5 | restrictive cardiomyopathy
I42.6 | alcohol cardiomyopathy; alcohol-induced cardiomyopathy
I51.81 | takotsubo; takotsubo cardiomyopathy; broken heart syndrome; stress cardiomyopathy; apical ballooning syndrome; stress-induced cardiomyopathy
I51.7 | enlarged heart; cardiomegaly; cardiac enlargement; lvh; ventricular hypertrophy; cardiac hypertrophy
I51.9 | heart disease; cardiac disease; heart trouble; heart problem
I51.3 | lv thrombus; mural thrombus; ventricular thrombus; intracardiac thrombus; atrial thrombus
I51.4 | myocarditis; chronic myocarditis
I40.9 | acute myocarditis; viral myocarditis
I31.9 | pericarditis; pericardial disease
I30.9 | acute pericarditis; viral pericarditis; idiopathic pericarditis
I31.39 | pericardial effusion; fluid around the heart
I31.4 | cardiac tamponade; tamponade; pericardial tamponade
R01.1 | heart murmur; murmur; cardiac murmur; systolic murmur; diastolic murmur
R01.0 | innocent murmur; functional murmur; benign heart murmur; flow murmur
R00.0 | tachycardia; fast heart rate; rapid heart rate; rapid heartbeat; sinus tachycardia; elevated heart rate
R00.1 | bradycardia; slow heart rate; slow heartbeat; sinus bradycardia; low heart rate
R00.2 | palpitations; heart racing; racing heart; pounding heart; heart pounding; heart fluttering; fluttering in chest
R07.9 | chest pain; chest discomfort
R07.89 | chest pressure; chest tightness; atypical chest pain; chest wall pain; anterior chest wall pain; noncardiac chest pain
R07.2 | precordial chest pain; precordial pain
R07.81 | pleuritic chest pain; pleuritic pain; pleurodynia
R07.1 | painful breathing; pain with breathing; chest pain on inspiration
R55 | syncope; fainting; fainted; passed out; passing out; vasovagal syncope; near syncope; presyncope; blacked out
I48.91 | afib; a-fib; a fib; af; atrial fibrillation; atrial fib; afib with rvr; af with rvr; rapid afib
I48.0 | paroxysmal afib; paroxysmal af; paf; paroxysmal atrial fibrillation
I48.19 | persistent afib; persistent af; persistent atrial fibrillation
I48.11 | longstanding persistent afib; long-standing persistent af; longstanding persistent atrial fibrillation
I48.20 | chronic afib; chronic af; chronic atrial fibrillation
I48.21 | permanent afib; permanent af; permanent atrial fibrillation
I48.92 | aflutter; a-flutter; a flutter; atrial flutter
I48.3 | typical flutter; typical atrial flutter
I48.4 | atypical flutter; atypical atrial flutter
I47.10 | svt; supraventricular tachycardia; psvt; paroxysmal supraventricular tachycardia; paroxysmal svt
I47.19 | avnrt; av nodal reentrant tachycardia; avrt; atrial tachycardia; junctional tachycardia
I47.11 | inappropriate sinus tachycardia
I47.20 | vt; v-tach; vtach; v tach; ventricular tachycardia; nonsustained vt; nsvt
I47.21 | torsades; torsade de pointes; tdp
I49.01 | vfib; v-fib; v fib; ventricular fibrillation
I46.9 | cardiac arrest; cardiopulmonary arrest; asystole; sudden cardiac arrest; heart stopped
I49.1 | pacs; premature atrial contractions; atrial premature beats; premature atrial complexes
I49.3 | pvc; pvcs; premature ventricular contractions; ventricular premature beats; ventricular ectopy; premature ventricular complexes
I49.40 | premature beats; ectopic beats; extra heartbeats
I49.5 | sick sinus syndrome; sss; tachy-brady syndrome; tachycardia-bradycardia syndrome; sinus node disease
I49.8 | brugada syndrome; brugada; coronary sinus rhythm
I49.9 | arrhythmia; cardiac arrhythmia; dysrhythmia; irregular heartbeat; irregular heart rhythm; irregular heart beat
I44.0 | first degree av block; 1st degree av block; first degree heart block; 1st degree heart block
I44.1 | second degree av block; 2nd degree heart block; mobitz; mobitz type i; mobitz type ii; wenckebach
I44.2 | complete heart block; third degree heart block; 3rd degree heart block; chb; third degree av block; complete av block
I44.30 | av block; atrioventricular block
I45.9 | heart block; conduction disorder; cardiac conduction disorder
I45.10 | rbbb; complete rbbb
I45.19 | incomplete rbbb; irbbb
I44.7 | lbbb
I44.4 | lafb; lahb; anterior fascicular block
I44.5 | lpfb; posterior fascicular block
I45.6 | wpw; wolff-parkinson-white; wolff parkinson white syndrome; pre-excitation syndrome; lown-ganong-levine syndrome
I45.81 | long qt syndrome; lqts; congenital long qt
R94.31 | abnormal ekg; abnormal ecg; abnormal electrocardiogram; nonspecific st-t wave changes; prolonged qt interval; qt prolongation; st changes
R93.1 | abnormal echo; abnormal echocardiogram; abnormal cardiac imaging
G90.A | pots; postural orthostatic tachycardia syndrome; postural tachycardia syndrome
I95.1 | orthostatic hypotension; postural hypotension; orthostasis
I95.9 | hypotension; low blood pressure; low bp
I95.2 | drug-induced hypotension; medication-induced hypotension
I34.0 | mitral regurgitation; mitral insufficiency; mitral valve regurgitation; mitral incompetence
I34.1 | mvp; mitral prolapse; mitral valve prolapse; floppy mitral valve; barlow syndrome; barlow's syndrome
I34.81 | mitral annular calcification; mitral annulus calcification; calcified mitral annulus
I05.0 | mitral stenosis; mitral valve stenosis
I35.0 | aortic stenosis; aortic valve stenosis; calcific aortic stenosis; severe aortic stenosis
I35.1 | aortic regurgitation; aortic insufficiency; aortic valve regurgitation; aortic incompetence
I35.2 | aortic stenosis with regurgitation; aortic stenosis and regurgitation
I35.9 | aortic valve disease
I07.1 | tricuspid regurgitation; tricuspid insufficiency; tricuspid valve regurgitation
I37.1 | pulmonic regurgitation; pulmonary regurgitation; pulmonic insufficiency; pulmonary valve regurgitation
I09.9 | rheumatic heart disease; rhd
I33.0 | infective endocarditis; bacterial endocarditis; sbe; subacute bacterial endocarditis; acute bacterial endocarditis
I38 | endocarditis; valvular endocarditis; valvulitis
Q23.81 | bicuspid aortic valve; bav; bicuspid valve
Q21.10 | atrial septal defect; secundum asd; hole between atria
Q21.12 | pfo; patent foramen ovale
Q21.0 | vsd; ventricular septal defect
Q25.0 | pda; patent ductus arteriosus; patent ductus
Q21.3 | tof; tetralogy of fallot; tetralogy
Q25.1 | coarctation of the aorta; coarctation; coarct
I73.9 | pad; pvd; peripheral artery disease; peripheral arterial disease; peripheral vascular disease; intermittent claudication; claudication
I70.2 | atherosclerotic peripheral vascular disease; peripheral atherosclerosis; atherosclerosis of leg arteries; atherosclerosis of native arteries of the legs
I70.0 | aortic atherosclerosis; atherosclerosis of aorta; aortic calcification; calcified aorta; aortic plaque; aortic arteriosclerosis
I70.1 | renal artery stenosis; atherosclerotic renal artery stenosis
I70.90 | atherosclerosis; arteriosclerosis; hardening of the arteries
I71.4 | aaa; abdominal aortic aneurysm; aaa without rupture
I71.3 | ruptured aaa; ruptured abdominal aortic aneurysm
I71.2 | taa; thoracic aortic aneurysm; ascending aortic aneurysm
I71.9 | aortic aneurysm; aneurysm of aorta
I71.0 | aortic dissection; dissecting aneurysm; dissecting aortic aneurysm; type a dissection; type b dissection
I65.2 | carotid stenosis; carotid artery stenosis; carotid artery disease; carotid occlusion; carotid plaque; carotid atherosclerosis
R09.89 | bruit; carotid bruit; arterial bruit
I73.00 | raynaud's; raynauds; raynaud's phenomenon; raynaud phenomenon; raynaud's disease; raynaud's syndrome
I73.1 | buerger's disease; buerger disease; thromboangiitis obliterans
I78.0 | hht; osler-weber-rendu; osler weber rendu disease; hereditary hemorrhagic telangiectasia
I26.99 | pulmonary embolism; pulmonary embolus; pulmonary thromboembolism; blood clot in lung; blood clot in the lungs; lung clot
I26.92 | saddle embolus; saddle pe; saddle pulmonary embolism
I26.93 | subsegmental pe; subsegmental pulmonary embolism; single subsegmental pulmonary embolism
I26.09 | pe with acute cor pulmonale; pulmonary embolism with acute cor pulmonale
I27.82 | chronic pe; chronic pulmonary embolism
I82.40 | dvt; deep vein thrombosis; deep venous thrombosis; blood clot in leg; leg clot; leg dvt; acute dvt
I82.50 | chronic dvt; chronic deep vein thrombosis; chronic deep venous thrombosis
I82.62 | upper extremity dvt; arm dvt; dvt of arm; upper extremity deep vein thrombosis
I82.90 | venous thrombosis; blood clot; venous thromboembolism; vte; thrombosis; venous embolism
I80.0 | superficial thrombophlebitis; superficial phlebitis; superficial venous thrombophlebitis
I80.9 | phlebitis; thrombophlebitis
I83.9 | varicose veins; varicosities; varicose veins of legs; varices of leg; varicose vein
I83.81 | painful varicose veins; symptomatic varicose veins
I87.2 | venous insufficiency; chronic venous insufficiency; venous stasis; stasis dermatitis; venous stasis dermatitis; venous reflux
I87.0 | post-thrombotic syndrome; postthrombotic syndrome; postphlebitic syndrome; post-phlebitic syndrome
R60.0 | pedal edema; peripheral edema; leg swelling; ankle swelling; swollen legs; swollen ankles; lower extremity edema; leg edema
R60.9 | edema; fluid retention; water retention; dropsy
R60.1 | anasarca; generalized edema; generalized swelling
I82.81 | superficial vein thrombosis; superficial venous thrombosis; superficial clot in leg
I51.89 | diastolic dysfunction; lv diastolic dysfunction; impaired relaxation
I25.3 | ventricular aneurysm; lv aneurysm; cardiac aneurysm; aneurysm of heart wall
I25.42 | scad; spontaneous coronary artery dissection; coronary dissection
I77.819 | aortic ectasia; dilated aorta; aortic dilation; aortic dilatation
I77.810 | dilated ascending aorta; dilated aortic root; aortic root dilation; thoracic aortic ectasia
I27.22 | group 2 pulmonary hypertension; pulmonary hypertension due to heart failure
I27.23 | group 3 pulmonary hypertension; pulmonary hypertension due to copd
I00 | rheumatic fever; acute rheumatic fever
`;

/** Clinical terms, primary care problem lists, cardiology, pulmonology, endocrine/metabolic, hematology (gaps found by probing): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const PROBE_PRIMARY_CARDIO_ENDO_TERMS = `
I11.9 | hcvd; hypertensive cardiovascular disease; hypertensive cardiac disease
I25.10 | ascvd; atherosclerotic cardiovascular disease; arteriosclerotic cardiovascular disease; ascad; coronary artery atherosclerosis; blocked heart arteries; clogged heart arteries; narrowed heart arteries
I70.22 | critical limb ischemia; chronic limb-threatening ischemia; chronic limb threatening ischemia; clti
R06.89 | hypercapnia; hypercarbia; co2 retention; carbon dioxide retention; co2 retainer
E87.20 | lactic acidosis; lactic acidemia
F17.200 | tobacco abuse; nicotine abuse; tobacco addiction
D35.0 | pheochromocytoma; pheo
Z95.2 | tavr; tavi; status post tavr; status post tavi; transcatheter aortic valve replacement; transcatheter aortic valve implantation
Z95.818 | mitraclip; status post mitraclip; watchman device; status post watchman; left atrial appendage occluder; laa occluder; status post laa closure
Z00.01 | annual physical abnormal findings; physical exam abnormal findings; wellness visit abnormal findings; well exam abnormal findings; preventive exam abnormal findings; routine exam abnormal findings
Z00.00 | well adult exam; adult wellness exam; well adult visit; complete physical; routine adult physical
R73.9 | steroid induced hyperglycemia; stress hyperglycemia; transient hyperglycemia
I5A | non-ischemic myocardial injury; nonischemic myocardial injury
I22.9 | reinfarction; subsequent mi; subsequent myocardial infarction; recurrent mi
I23.7 | postinfarction angina; post infarction angina; post mi angina
I06.0 | rheumatic aortic stenosis
I06.1 | rheumatic aortic regurgitation; rheumatic aortic insufficiency
I01.9 | rheumatic carditis; acute rheumatic carditis; acute rheumatic heart disease
I02.9 | sydenham chorea; sydenham's chorea; st vitus dance; saint vitus dance; rheumatic chorea
I28.8 | dilated pulmonary artery; enlarged pulmonary artery; pulmonary artery dilation; pulmonary artery enlargement
I66.0 | mca stenosis; middle cerebral artery stenosis
I66.9 | intracranial stenosis; intracranial artery stenosis; cerebral artery stenosis
I75.02 | blue toe syndrome; trash foot; cholesterol emboli toes
I75.81 | renal atheroembolism; atheroembolic renal disease; cholesterol emboli kidney; renal cholesterol emboli
I96 | gangrene; dry gangrene; wet gangrene; gangrenous toe
J09.X2 | bird flu; avian flu; avian influenza; h5n1; h5n1 influenza
J68.0 | chemical pneumonitis; chemical bronchitis; fume pneumonitis; toxic inhalation pneumonitis
D74.9 | methemoglobinemia; methemoglobinaemia; methb
E65 | fat pad; localized fat deposit; localized fat
E01.2 | endemic goiter; iodine deficiency goiter
I12 | htn nephrosclerosis; nephrosclerosis; arteriolar nephrosclerosis; htn nephropathy; htn kidney disease
G45.8 | subclavian steal; subclavian steal syndrome
I42.9 | nicm; non-ischemic cardiomyopathy; nonischemic cardiomyopathy; weak heart muscle
I35.8 | aortic valve sclerosis; aortic valve calcification; calcified aortic valve; aortic valve thickening
I27.20 | pah; pulmonary arterial hypertension; elevated pa pressure; elevated pulmonary artery pressure
I49.5 | tachy brady syndrome; brady tachy syndrome; brady-tachy syndrome; sinus node dysfunction
I78.1 | spider veins; broken capillaries; thread veins
Z86.79 | history of rheumatic fever; history of rheumatic heart disease; history of svt
Z86.39 | history of hypoglycemia; history of low blood sugar; history of vitamin d deficiency
Z79.899 | on levothyroxine; on synthroid; on thyroid replacement; thyroid hormone replacement; on diuretic; on beta blocker
Z95.0 | ppm; ppm in place; pacemaker in situ; dual chamber pacemaker; pacemaker present
I87.1 | may-thurner syndrome; may thurner syndrome; iliac vein compression; svc syndrome; superior vena cava syndrome; vena cava syndrome
I82.1 | trousseau syndrome; trousseau's syndrome; migratory thrombophlebitis; migrating thrombophlebitis
I82.22 | ivc thrombus; ivc thrombosis; ivc clot; inferior vena cava thrombosis
I82.21 | svc thrombus; svc thrombosis; svc clot; superior vena cava thrombosis
I82.C | ij thrombus; ij thrombosis; ij clot; internal jugular thrombosis; jugular vein thrombosis
I97.0 | postpericardiotomy syndrome; post-pericardiotomy syndrome; postcardiotomy syndrome
I97.3 | postoperative hypertension; post-op hypertension; postop hypertension; postprocedural hypertension
J86.0 | bronchopleural fistula; bronchopleural fistula with empyema
J4A.9 | clad; chronic lung allograft dysfunction
J91.8 | parapneumonic effusion; parapneumonic pleural effusion
I77.82 | anca vasculitis; anca-associated vasculitis; anca associated vasculitis; anca positive vasculitis
I89.8 | lymphocele; chylous ascites; lymphatic leak; chyle leak
J43.2 | centriacinar emphysema; centrilobular emphysematous change
J43.1 | panacinar emphysema; panlobular emphysematous change
J43.0 | macleod syndrome; macleod's syndrome; swyer-james syndrome; swyer james syndrome
R73.03 | borderline sugar; borderline blood sugar; borderline diabetic; borderline glucose
E11.621 | diabetic foot sore; diabetic foot wound; diabetic sore foot
E04.1 | thyroid lump; thyroid bump
E55.9 | low vit d; vit d def; vitamin d low
I31.39 | fluid on heart; fluid around heart
I73.9 | poor circulation legs; bad circulation legs; poor leg circulation
I71.9 | bulging aorta; aortic bulge
I77.819 | enlarged aorta; aortic enlargement
R91.8 | shadow on lung; lung shadow
G47.30 | stops breathing at night; stops breathing sleep; stops breathing while asleep
D64.9 | tired blood; low red blood count; low red cells
D75.1 | thick blood; too many red cells; high red cell count
I87.0 | post thrombotic syndrome; post phlebitic syndrome; post thrombotic leg syndrome
E11.29 | diabetes with proteinuria; dm with proteinuria; diabetes with albuminuria; diabetic albuminuria; dm with microalbuminuria
E03.2 | hypothyroidism due to amiodarone; hypothyroidism due to lithium; hypothyroidism due to medication; medication induced hypothyroidism
E55.0 | vitamin d deficiency rickets; nutritional rickets; active rickets
Z79.85 | long term glp-1 use; glp 1 agonist; glp1 use; long term semaglutide; long term tirzepatide
I25.5 | ischemic cmp
R00.0 | sinus tach
R00.1 | sinus brady
E11.9 | type ii dm; dm type ii; t2d; type 2 dm
E10.9 | t1d; type 1 dm; type i dm; dm type i
I21.29 | posterior mi; posterior stemi; posterior wall mi; lateral mi; lateral stemi; lateral wall mi; posterolateral mi; apical mi
D69.59 | medication induced thrombocytopenia; thrombocytopenia due to medication
D70.2 | neutropenia due to medication
I35.0 | narrowed aortic valve; narrow aortic valve; tight aortic valve; aortic valve narrowing
`;

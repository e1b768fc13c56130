/** Clinical terms, eye and neoplasms (with eye and cancer status, history and treatment encounters): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const EYE_NEOPLASM_TERMS = `
H26.9 | cataract; cataracts; cloudy lens
H25.9 | senile cataract; age-related cataract; age related cataract
H25.1 | nuclear sclerotic cataract; nuclear sclerosis cataract; nuclear cataract; ns cataract
H25.01 | cortical cataract; cortical age-related cataract
H25.04 | posterior subcapsular cataract; psc cataract
H26.40 | secondary cataract; after-cataract
H26.49 | posterior capsular opacification; posterior capsule opacification; pco; capsular opacification
H40.9 | glaucoma
H40.11 | poag; primary open angle glaucoma; open angle glaucoma; chronic open angle glaucoma
H40.0 | glaucoma suspect; preglaucoma; suspected glaucoma; glaucoma suspicion
H40.05 | ocular hypertension; elevated intraocular pressure; high eye pressure; raised iop
H40.12 | normal tension glaucoma; low tension glaucoma; ntg
H40.21 | acute angle closure glaucoma; acute angle-closure glaucoma; acute glaucoma
H40.22 | chronic angle closure glaucoma; chronic angle-closure glaucoma
H40.03 | narrow angles; anatomical narrow angle; narrow angle suspect
H40.14 | pseudoexfoliation glaucoma; pxf glaucoma; exfoliation glaucoma
H40.13 | pigmentary glaucoma; pigment dispersion glaucoma
H35.30 | macular degeneration; amd; armd; age-related macular degeneration; age related macular degeneration
H35.31 | dry amd; dry macular degeneration; nonexudative amd; non-exudative macular degeneration; geographic atrophy
H35.32 | wet amd; wet macular degeneration; exudative amd; neovascular amd; exudative macular degeneration
H35.36 | macular drusen; drusen
H35.37 | epiretinal membrane; macular pucker; erm; cellophane maculopathy
H35.34 | macular hole; full thickness macular hole
H35.71 | central serous chorioretinopathy; central serous retinopathy; cscr; csr
H35.03 | hypertensive retinopathy
H35.10 | retinopathy of prematurity; rop
H33.00 | rhegmatogenous retinal detachment; retinal detachment with tear; rrd
H33.2 | retinal detachment; detached retina; serous retinal detachment
H33.30 | retinal tear; retinal break; retinal hole
H43.81 | posterior vitreous detachment; vitreous detachment; vitreous degeneration; vitreous syneresis
H43.39 | floaters; eye floaters; vitreous floaters; vitreous opacities
H43.1 | vitreous hemorrhage; vitreous bleed
H34.81 | crvo; central retinal vein occlusion
H34.83 | brvo; branch retinal vein occlusion; tributary retinal vein occlusion
H34.1 | crao; central retinal artery occlusion
H34.23 | brao; branch retinal artery occlusion
H52.1 | myopia; nearsightedness; nearsighted; short-sightedness
H52.0 | hyperopia; hypermetropia; farsightedness; farsighted; long-sightedness
H52.2 | astigmatism
H52.4 | age-related near vision loss; presbyopic eyes
H52.7 | refractive error; refraction disorder
H52.3 | anisometropia; aniseikonia
H10.9 | conjunctivitis; conjunctivitis nos
H10.02 | pink eye; pinkeye; mucopurulent conjunctivitis; bacterial conjunctivitis; purulent conjunctivitis
H10.1 | allergic conjunctivitis; atopic conjunctivitis; eye allergies; itchy allergic eyes
H10.45 | chronic allergic conjunctivitis; seasonal allergic conjunctivitis; perennial allergic conjunctivitis
H04.12 | dry eye; dry eyes; dry eye syndrome; dry eye disease; tear film insufficiency
H16.22 | keratoconjunctivitis sicca; kcs; sicca
H01.00 | blepharitis; eyelid inflammation; lid margin disease
H02.88 | meibomian gland dysfunction; mgd; meibomianitis
H00.01 | stye; sty; hordeolum; external hordeolum
H00.1 | chalazion; meibomian cyst
H11.00 | pterygium; surfer's eye
H11.15 | pinguecula
H11.3 | subconjunctival hemorrhage; subconjunctival haemorrhage; broken blood vessel in eye
H16.00 | corneal ulcer; ulcerative keratitis
H16.9 | keratitis
H18.60 | keratoconus
H20.9 | iritis; uveitis; anterior uveitis; iridocyclitis
H15.1 | episcleritis
H15.0 | scleritis
H04.20 | epiphora; watery eyes; watery eye; excessive tearing; tearing eyes
H04.55 | nasolacrimal duct obstruction; blocked tear duct; nldo; tear duct obstruction
H04.30 | dacryocystitis; infected tear duct
H02.40 | ptosis of eyelid; droopy eyelid; drooping eyelid; blepharoptosis; eyelid ptosis
H02.83 | dermatochalasis; excess eyelid skin; baggy eyelids
H02.10 | ectropion
H02.00 | entropion
H02.05 | trichiasis; ingrown eyelashes
H53.00 | amblyopia; lazy eye
H50.9 | strabismus; squint; crossed eyes; eye misalignment
H50.00 | esotropia; inward turning eye
H50.10 | exotropia; outward turning eye
H53.2 | double vision; diplopia
H53.8 | blurred vision; blurry vision; vision blurry; visual disturbance
H54.7 | vision loss; visual loss; loss of vision; decreased vision; decreased visual acuity; poor vision
H54.8 | legal blindness; legally blind
H53.14 | eye strain; eyestrain; asthenopia; photophobia; light sensitivity
H53.50 | color blindness; colour blindness; color blind; color vision deficiency
H53.60 | night blindness; nyctalopia
H53.40 | visual field defect; visual field loss; field cut
H57.1 | eye pain; ocular pain; painful eye
H55.00 | nystagmus
H57.02 | anisocoria; unequal pupils
H47.10 | papilledema; optic disc swelling
H46.9 | optic neuritis
H47.2 | optic atrophy; optic nerve atrophy
C34 | lung cancer; nsclc; sclc; non-small cell lung cancer; small cell lung cancer; lung adenocarcinoma; squamous cell lung cancer; bronchogenic carcinoma; oat cell carcinoma; lung carcinoma
C50 | breast cancer; breast carcinoma; invasive ductal carcinoma; invasive lobular carcinoma; inflammatory breast cancer; triple negative breast cancer; her2 positive breast cancer
D05.1 | dcis; ductal carcinoma in situ; intraductal carcinoma in situ
D05.0 | lcis; lobular carcinoma in situ
C44.91 | bcc; basal cell carcinoma; basal cell skin cancer; rodent ulcer
C44.92 | scc of skin; cutaneous scc; cutaneous squamous cell carcinoma; squamous cell skin cancer
C44 | skin cancer; nonmelanoma skin cancer; nmsc; skin carcinoma
D04 | squamous cell carcinoma in situ of skin; scc in situ; bowen's disease; bowen disease
C43 | melanoma; malignant melanoma; cutaneous melanoma
D03 | melanoma in situ; lentigo maligna
C4A | merkel cell carcinoma; mcc
C91.1 | cll; chronic lymphocytic leukemia; chronic lymphocytic leukaemia
C91.0 | acute lymphoblastic leukemia; acute lymphocytic leukemia; b-all; t-all; b-cell all
C92.1 | cml; chronic myeloid leukemia; chronic myelogenous leukemia; bcr-abl positive leukemia
C92.0 | aml; acute myeloid leukemia; acute myelogenous leukemia; acute myeloblastic leukemia; acute nonlymphocytic leukemia
C92.4 | apl; acute promyelocytic leukemia
C93.1 | cmml; chronic myelomonocytic leukemia
C91.4 | hairy cell leukemia; hcl
C95.9 | leukemia; leukaemia
D47.2 | mgus; monoclonal gammopathy of undetermined significance; monoclonal gammopathy of unknown significance
C90.0 | multiple myeloma; myeloma; plasma cell myeloma; smoldering myeloma; kahler's disease
C90.3 | solitary plasmacytoma; plasmacytoma
C83.0 | sll; small lymphocytic lymphoma
C83.3 | dlbcl; diffuse large b-cell lymphoma; diffuse large b cell lymphoma
C82.9 | follicular lymphoma
C83.1 | mantle cell lymphoma; mcl
C88.4 | malt lymphoma; maltoma; extranodal marginal zone lymphoma
C88.0 | waldenstrom macroglobulinemia; waldenstrom's macroglobulinemia; lymphoplasmacytic lymphoma
C84.0 | mycosis fungoides
C84.A | cutaneous t-cell lymphoma; ctcl
C85.9 | lymphoma; non-hodgkin lymphoma; non-hodgkin's lymphoma; nhl
C81.9 | hodgkin lymphoma; hodgkin's lymphoma; hodgkin disease; hodgkin's disease; hodgkins lymphoma
C81.1 | nodular sclerosis hodgkin lymphoma; nodular sclerosing hodgkin
D46.9 | mds; myelodysplastic syndrome; myelodysplasia
D47.1 | myeloproliferative neoplasm; mpn; myeloproliferative disorder
D45 | polycythemia vera; polycythaemia vera; polycythemia rubra vera
D47.3 | essential thrombocythemia; essential thrombocytosis; primary thrombocythemia
C18 | colon cancer; colon carcinoma; colon adenocarcinoma; cancer of colon; large bowel cancer; colorectal cancer
C20 | rectal cancer; rectal adenocarcinoma; rectal carcinoma; cancer of rectum
C19 | rectosigmoid cancer; rectosigmoid junction cancer
C21 | anal cancer; anal canal carcinoma
C25 | pancreatic cancer; pancreatic adenocarcinoma; pancreatic carcinoma; pdac; pancreas cancer
C16 | stomach cancer; gastric cancer; gastric adenocarcinoma; gastric carcinoma
C15 | esophageal cancer; oesophageal cancer; esophageal adenocarcinoma; esophageal carcinoma
C22.0 | hcc; hepatocellular carcinoma; hepatoma
C22.9 | liver cancer; liver malignancy; hepatic malignancy
C22.1 | cholangiocarcinoma; intrahepatic cholangiocarcinoma
C23 | gallbladder cancer; gallbladder carcinoma
C61 | prostate cancer; prostate adenocarcinoma; adenocarcinoma of prostate; prostatic carcinoma
C67 | bladder cancer; urothelial carcinoma of bladder; transitional cell carcinoma of bladder; bladder carcinoma
D09.0 | bladder carcinoma in situ; bladder cis
C64 | rcc; renal cell carcinoma; kidney cancer; renal cancer; hypernephroma; clear cell renal carcinoma
C73 | thyroid cancer; papillary thyroid cancer; papillary thyroid carcinoma; follicular thyroid cancer; medullary thyroid cancer; thyroid carcinoma
C56 | ovarian cancer; ovarian carcinoma; epithelial ovarian cancer; high grade serous carcinoma
C54.1 | endometrial cancer; endometrial adenocarcinoma; endometrial carcinoma
C55 | uterine cancer; uterine carcinoma; cancer of uterus
C53 | cervical cancer; cervix cancer; cancer of cervix; cervical carcinoma
D06 | cin 3; cin iii; severe cervical dysplasia; cervical carcinoma in situ
C62 | testicular cancer; testis cancer; seminoma; nonseminomatous germ cell tumor
C76.0 | head and neck cancer; hnscc; head and neck squamous cell carcinoma
C10.9 | oropharyngeal cancer; oropharynx cancer; oropharyngeal carcinoma
C32 | laryngeal cancer; larynx cancer; laryngeal carcinoma; cancer of voice box
C11 | nasopharyngeal cancer; nasopharyngeal carcinoma
C02.9 | tongue cancer; cancer of tongue
C71 | glioblastoma; gbm; glioblastoma multiforme; glioma; astrocytoma; brain cancer; malignant brain tumor; oligodendroglioma
C45 | mesothelioma; malignant mesothelioma; pleural mesothelioma
C49 | soft tissue sarcoma; sarcoma; liposarcoma; leiomyosarcoma
C46 | kaposi sarcoma; kaposi's sarcoma
C7A.0 | carcinoid; carcinoid tumor; neuroendocrine tumor; well differentiated neuroendocrine tumor
C78.7 | liver metastases; liver mets; hepatic metastases; metastatic disease to liver; liver metastasis
C79.51 | bone metastases; bone mets; osseous metastases; skeletal metastases; bony metastases
C79.31 | brain metastases; brain mets; cerebral metastases; brain metastasis
C78.0 | lung metastases; lung mets; pulmonary metastases; pulmonary mets
C78.6 | peritoneal carcinomatosis; peritoneal metastases; peritoneal mets
C77 | lymph node metastases; nodal metastases; metastatic lymphadenopathy
C79.7 | adrenal metastases; adrenal mets
C80.0 | carcinomatosis; disseminated cancer; disseminated malignancy; generalized cancer; widespread metastatic disease
C80.1 | malignancy; cancer of unknown primary; unknown primary cancer; malignant neoplasm nos; cancer nos
D17 | lipoma; lipomas; fatty tumor; fatty lump
D25 | fibroid; fibroids; uterine fibroids; uterine fibroid; leiomyoma of uterus; uterine leiomyoma; myoma of uterus
D18.0 | hemangioma; haemangioma; strawberry hemangioma
D22 | mole; moles; nevus; naevus; melanocytic nevus; benign nevus; atypical nevus; dysplastic nevus
D23 | dermatofibroma; benign skin neoplasm
D12 | tubular adenoma; tubulovillous adenoma; adenomatous polyp of colon; colon adenoma; colonic adenoma; sessile serrated adenoma
D32 | meningioma
D33.3 | acoustic neuroma; vestibular schwannoma
D35.2 | pituitary adenoma; pituitary tumor; prolactinoma; pituitary macroadenoma; pituitary microadenoma
D35.0 | adrenal adenoma; benign adrenal tumor
D34 | thyroid adenoma; follicular adenoma of thyroid
D36.1 | neurofibroma; schwannoma
D24 | fibroadenoma; breast fibroadenoma; benign breast tumor
D21.9 | benign soft tissue tumor; benign soft tissue neoplasm
D16 | osteochondroma; enchondroma; benign bone tumor
D30.0 | renal angiomyolipoma; angiomyolipoma; renal oncocytoma
D13.4 | hepatic adenoma; liver adenoma; hepatocellular adenoma
Z01.0 | eye exam; vision exam; routine eye exam; vision check
Z08 | cancer surveillance; follow-up after cancer treatment; oncology surveillance
Z51.11 | chemotherapy; chemo; chemotherapy session; chemo infusion; antineoplastic chemotherapy
Z51.12 | immunotherapy infusion; cancer immunotherapy; antineoplastic immunotherapy
Z51.0 | radiation therapy; radiotherapy; xrt; radiation treatment
Z94.7 | corneal transplant; cornea transplant
Z96.1 | pseudophakia; pseudophakic; intraocular lens; iol
Z98.4 | status post cataract surgery; history of cataract surgery; cataract extraction status
Z86.000 | history of dcis; history of ductal carcinoma in situ
Z85.3 | history of breast cancer; breast cancer survivor; personal history of breast cancer
Z85.46 | history of prostate cancer
Z85.038 | history of colon cancer; history of colorectal cancer
Z85.048 | history of rectal cancer
Z85.118 | history of lung cancer
Z85.43 | history of ovarian cancer
Z85.42 | history of endometrial cancer; history of uterine cancer
Z85.41 | history of cervical cancer
Z85.51 | history of bladder cancer
Z85.528 | history of kidney cancer; history of renal cell carcinoma
Z85.6 | history of leukemia
Z85.71 | history of hodgkin lymphoma; history of hodgkin's disease
Z85.72 | history of lymphoma; history of non-hodgkin lymphoma
Z85.820 | history of melanoma
Z85.828 | history of skin cancer; history of bcc; history of basal cell carcinoma; history of scc of skin; history of nonmelanoma skin cancer
Z85.850 | history of thyroid cancer
Z85.07 | history of pancreatic cancer
Z85.47 | history of testicular cancer
Z85.9 | history of cancer; cancer survivor; history of malignancy
Z92.21 | history of chemotherapy; prior chemotherapy
Z92.3 | history of radiation; history of radiation therapy; prior radiation therapy
Z80.0 | family history of colon cancer; family history of colorectal cancer; family history of stomach cancer
Z80.3 | family history of breast cancer
Z80.42 | family history of prostate cancer
Z80.41 | family history of ovarian cancer
Z80.1 | family history of lung cancer
Z80.8 | family history of melanoma; family history of skin cancer
Z80.9 | family history of cancer
Z83.511 | family history of glaucoma
Z15.01 | brca positive; brca mutation; brca1 mutation; brca2 mutation; brca carrier
`;

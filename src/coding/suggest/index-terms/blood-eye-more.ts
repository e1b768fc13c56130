/** Clinical terms, blood and immune, eye and vision, ear and hearing (second wave: more wordings and uncovered conditions): what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const BLOOD_EYE_MORE_TERMS = `
D64.9 | low blood count; low red count; low hematocrit; low hct; normocytic anemia; symptomatic anemia
D62 | abl anemia; anemia from acute bleeding; blood loss anemia acute
D50.0 | anemia due to gi blood loss; anemia from chronic gi bleeding; anemia from heavy periods; anemia due to menorrhagia
D50.1 | plummer-vinson syndrome; paterson-kelly syndrome; sideropenic dysphagia
D50.8 | iron deficiency anemia due to poor intake; dietary iron deficiency anemia
D53.9 | macrocytic anemia; nutritional anemia
D75.89 | macrocytosis; elevated mcv; high mcv
D64.3 | sideroblastic anemia
D60.9 | pure red cell aplasia; prca; red cell aplasia
D59.4 | microangiopathic hemolytic anemia; maha; nonautoimmune hemolytic anemia
M31.19 | ttp; thrombotic thrombocytopenic purpura; moschcowitz syndrome
M31.10 | thrombotic microangiopathy; tma
D59.0 | drug-induced hemolytic anemia; drug induced autoimmune hemolytic anemia
D57.01 | acute chest syndrome; sickle cell acute chest syndrome
D57.02 | splenic sequestration; sickle cell splenic sequestration
D57.4 | sickle beta thalassemia; sickle thal; sickle-cell thalassemia; hbs beta thalassemia
D57.1 | sickle cell disease without crisis; sickler; hb ss
D70.9 | febrile neutropenia; neutropenic fever; fever with neutropenia
D70.2 | drug-induced neutropenia; medication induced neutropenia
D70.4 | cyclic neutropenia; cyclical neutropenia
D70.0 | congenital neutropenia; kostmann syndrome; infantile genetic agranulocytosis
D72.829 | elevated white blood cells; white count elevated; wbc elevated; high white blood cells; raised white count
D72.819 | wbc low; white count low; decreased white blood cells
D72.823 | leukemoid reaction
D72.828 | neutrophilia; elevated neutrophils; high neutrophils
D69.6 | plt low; low platelet; thrombocytopenic; platelets low; decreased platelets
D69.9 | bleeding disorder; bleeding tendency; bleeding diathesis; hemorrhagic diathesis; bleeds easily
D68.311 | acquired hemophilia; factor viii inhibitor; acquired factor viii inhibitor
D75.9 | blood disorder; blood disease; hematologic disorder; hematological disease
R71.8 | abnormal rbc; abnormal red blood cell morphology; anisocytosis; poikilocytosis; elevated rdw; abnormal red cell indices
D47.Z1 | ptld; post-transplant lymphoproliferative disorder; posttransplant lymphoproliferative disease
D47.02 | systemic mastocytosis
D47.09 | mastocytosis; mast cell disease
D89.40 | mcas; mast cell activation syndrome; mast cell activation disorder
D89.44 | hereditary alpha tryptasemia
D80.3 | igg subclass deficiency; igg deficiency
D80.4 | igm deficiency; selective igm deficiency
D89.9 | immune disorder; immune system disorder; immune problem
D89.2 | hypergammaglobulinemia; polyclonal gammopathy; high globulin
D86.2 | sarcoidosis of lung and lymph nodes; pulmonary and nodal sarcoidosis
D86.3 | sarcoidosis of skin; cutaneous sarcoidosis; skin sarcoid
R59.9 | lymph node enlargement; enlarged nodes; enlarged glands; swollen node; lymph node swelling
L04.9 | acute lymphadenitis; infected lymph node
D73.1 | hypersplenism
D73.3 | splenic abscess; abscess of spleen
D73.4 | splenic cyst; cyst of spleen
Q89.09 | accessory spleen; splenule; polysplenia
R23.3 | bruise easily; easy bruisability; unexplained bruising; bruises a lot
Z86.2 | history of sickle cell crisis; history of hemolytic anemia; history of neutropenia; history of thrombocytopenia; history of hit
E11.319 | t2dm retinopathy; diabetes with retinopathy; dm retinopathy
E11.329 | npdr; nonproliferative diabetic retinopathy; non-proliferative diabetic retinopathy
E11.36 | diabetic cataracts; diabetes with cataract
Z98.4 | status post cataract extraction; post cataract surgery; history of cataract extraction
Z96.1 | lens implant; intraocular lens implant; status post iol; presence of iol
H27.0 | aphakia; aphakic; absence of lens
H40.6 | steroid-induced glaucoma; steroid glaucoma; drug-induced glaucoma
H40.4 | uveitic glaucoma; inflammatory glaucoma
H40.89 | neovascular glaucoma; rubeotic glaucoma
Q15.0 | congenital glaucoma; infantile glaucoma; buphthalmos
Z98.83 | status post trabeculectomy; trabeculectomy bleb; filtering bleb
H35.81 | macular edema; retinal edema; macular swelling
H59.03 | irvine-gass syndrome; cme after cataract surgery; cystoid macular edema after cataract surgery; pseudophakic cme
H35.35 | cystoid macular edema; cystoid macular degeneration; cme
H35.00 | retinopathy; background retinopathy
H35.41 | lattice degeneration; retinal lattice degeneration
H35.52 | retinitis pigmentosa; pigmentary retinal dystrophy
H35.6 | retinal hemorrhage; retinal bleed; blood in retina
H34.9 | retinal vascular occlusion; eye stroke; retinal occlusion
H44.00 | endophthalmitis; purulent endophthalmitis
H44.2 | high myopia; pathologic myopia; degenerative myopia
H52.1 | near-sighted; short sighted; trouble seeing far; need glasses for distance
H52.0 | far-sighted; long sighted; trouble seeing close
H52.4 | need reading glasses; reading glasses; trouble reading small print
Z97.3 | wears glasses; wears contacts; contact lens wearer; eyeglasses; glasses wearer; spectacles
H18.82 | contact lens overwear; contact lens keratitis; contact lens related keratitis
H16.14 | superficial punctate keratitis; spk; punctate keratitis
B00.52 | herpes simplex keratitis; hsv keratitis; herpetic keratitis; dendritic ulcer; herpes keratitis
B02.3 | eye shingles; shingles of the eye; ocular shingles; zoster eye disease
B30.9 | viral conjunctivitis; viral pink eye
B30.0 | epidemic keratoconjunctivitis; ekc; adenoviral keratoconjunctivitis
B30.1 | adenoviral conjunctivitis; adenovirus conjunctivitis
H10.3 | acute conjunctivitis
H10.41 | giant papillary conjunctivitis; gpc
H57.1 | eye ache; sore eye; eye hurts; sore eyes; aching eyes
H57.81 | brow ptosis; droopy eyebrow; brow droop; drooping eyebrows
H02.84 | eyelid swelling; swollen eyelid; puffy eyelids; eyelid edema; swollen eyelids
H02.3 | blepharochalasis
H05.01 | orbital cellulitis; postseptal cellulitis
H53.19 | seeing halos; halos around lights; photopsia; seeing flashes; flashing lights in vision; light flashes
H53.13 | sudden vision loss; sudden loss of vision; sudden visual loss
H53.12 | transient vision loss; transient visual loss; temporary vision loss
H53.46 | homonymous hemianopia; hemianopia; hemianopsia; homonymous hemianopsia
H50.5 | phoria; esophoria; exophoria; heterophoria
H51.11 | convergence insufficiency
H49.2 | sixth nerve palsy; abducens palsy; cn vi palsy; 6th nerve palsy
H49.0 | third nerve palsy; oculomotor nerve palsy; cn iii palsy; 3rd nerve palsy
H49.1 | fourth nerve palsy; trochlear nerve palsy; cn iv palsy; 4th nerve palsy
H47.01 | ischemic optic neuropathy; aion; naion; anterior ischemic optic neuropathy
H47.32 | optic disc drusen; optic nerve drusen
H18.51 | fuchs dystrophy; fuchs' dystrophy; fuchs endothelial dystrophy; fuchs corneal dystrophy
H18.41 | arcus senilis; corneal arcus
H21.0 | hyphema; blood in front of eye
H30.9 | chorioretinitis; posterior uveitis; choroiditis
Z94.7 | corneal transplant; status post corneal transplant; history of corneal transplant; keratoplasty status
Z83.511 | family history of glaucoma
Z83.518 | family history of macular degeneration; family history of eye disease
Z86.69 | history of retinal detachment; history of uveitis; history of iritis; history of optic neuritis; history of ear infections; history of otitis media
Z01.01 | eye exam with abnormal findings; abnormal eye exam
H66.0 | suppurative otitis media; purulent otitis media; acute suppurative otitis media
H66.01 | aom with rupture; acute otitis media with perforation; ruptured eardrum with infection; aom with tm perforation
H66.3 | csom; chronic suppurative otitis media; chronic draining ear
H65.2 | chronic serous otitis media; chronic ome; chronic middle ear effusion; chronic ear fluid
H65.9 | ear fluid; fluid in ear; effusion behind eardrum; fluid behind ear drum
H66.9 | infected ear; middle ear inflammation
H71.9 | cholesteatoma; middle ear cholesteatoma
H74.0 | tympanosclerosis; myringosclerosis; scarred eardrum; eardrum scarring
H73.2 | myringitis; eardrum inflammation
H73.01 | bullous myringitis
H73.89 | retracted eardrum; tympanic membrane retraction; retracted tm
H69.0 | patulous eustachian tube; patent eustachian tube
H93.8X | ear fullness; ear pressure; plugged ear sensation; clogged ear feeling
H93.A | pulsatile tinnitus; whooshing in ear; heartbeat in ear
H93.23 | hyperacusis; sound sensitivity; noise sensitivity
H93.1 | ears ringing; noise in ears; ringing ears; ear buzzing; ringing in ear
H90.2 | conductive hearing loss; conductive deafness
H90.8 | mixed hearing loss; mixed conductive and sensorineural hearing loss
H91.0 | ototoxicity; ototoxic hearing loss; drug-induced hearing loss
H83.3 | noise induced hearing loss; noise-induced hearing loss; nihl; acoustic trauma
H80.9 | otosclerosis; otospongiosis
H91.9 | trouble hearing; difficulty hearing; cannot hear well; muffled hearing; can't hear well
H81.39 | peripheral vertigo
H81.4 | central vertigo; vertigo of central origin
H81.9 | vestibular disorder; vestibular dysfunction; inner ear balance problem
H83.2 | labyrinthine dysfunction; labyrinthine hypofunction
H92.2 | bleeding from ear; blood from ear; bloody ear drainage; otorrhagia
H92.0 | ear hurts; sore ear; ear discomfort; earaches
H92.1 | ear leaking fluid; fluid draining from ear; pus from ear; ear leaking
H60.2 | malignant otitis externa; necrotizing otitis externa; skull base osteomyelitis
H60.0 | ear canal abscess; ear boil; abscess of external ear
H60.1 | ear cellulitis; cellulitis of ear; auricular cellulitis; pinna cellulitis
H61.0 | perichondritis of ear; auricular perichondritis; ear cartilage infection
M95.1 | cauliflower ear; wrestler's ear
H61.3 | ear canal stenosis; narrow ear canal; stenosis of ear canal
H61.81 | exostosis of ear canal; surfer's ear; ear canal exostosis
B36.9 | otomycosis; fungal ear infection; fungal otitis externa
H61.2 | wax buildup; cerumen buildup; wax in ear; ear wax blockage; ear blocked with wax
T16 | something in ear; bug in ear; insect in ear
S09.2 | traumatic eardrum perforation; traumatic tm rupture; traumatic rupture of eardrum
Z46.1 | hearing aid fitting; hearing aid adjustment; hearing aid check
Z45.321 | cochlear implant adjustment; cochlear implant mapping; cochlear implant programming
Z01.110 | hearing recheck after failed screen; hearing exam after failed screening
Z82.2 | family history of hearing loss; family history of deafness
D69.41 | evans syndrome; evans' syndrome
D72.119 | hypereosinophilic syndrome; idiopathic hypereosinophilic syndrome
D80.0 | x-linked agammaglobulinemia; bruton's agammaglobulinemia; bruton agammaglobulinemia; xla
D82.0 | wiskott-aldrich syndrome; wiskott aldrich syndrome
D84.9 | immunosuppressed; immunosuppression; immune compromised; compromised immune system
Z83.2 | family history of sickle cell; family history of hemophilia; family history of thalassemia; family history of von willebrand
Z14.01 | hemophilia carrier; hemophilia a carrier; carrier of hemophilia
H18.20 | corneal edema; corneal swelling
H18.1 | bullous keratopathy; pseudophakic bullous keratopathy
H17.9 | corneal scar; corneal opacity; corneal scarring
H16.13 | snow blindness; welder's flash; arc eye; photokeratitis; flash burn of eye
H20.0 | acute iritis; acute anterior uveitis; acute iridocyclitis
H20.1 | chronic iritis; chronic uveitis; chronic iridocyclitis
H33.1 | retinoschisis
H35.02 | coats disease; coats' disease; exudative retinopathy
H02.6 | xanthelasma; xanthelasma palpebrarum; cholesterol deposits on eyelid
H02.82 | eyelid cyst; cyst of eyelid
H50.2 | hypertropia; hypotropia; vertical strabismus
H54.4 | blind in one eye; monocular blindness; one eye blind
H54.0 | blindness; totally blind; complete blindness
T85.22 | dislocated iol; iol dislocation; displaced intraocular lens
H26.3 | steroid-induced cataract; steroid cataract; drug-induced cataract
Q12.0 | congenital cataract; infantile cataract
Q17.0 | ear tag; preauricular tag; preauricular skin tag; accessory auricle
Q18.1 | preauricular pit; preauricular sinus; ear pit
Q17.5 | prominent ears; protruding ears; bat ears
Q17.2 | microtia; small ear
H10.5 | blepharoconjunctivitis
H11.42 | chemosis; conjunctival swelling; conjunctival edema
H11.43 | bloodshot eyes; bloodshot eye; conjunctival injection; conjunctival hyperemia
H53.71 | glare sensitivity; sensitive to glare
D31.3 | choroidal nevus; choroid nevus; eye freckle
H44.52 | phthisis bulbi; shrunken eye
Z97.0 | artificial eye; prosthetic eye; ocular prosthesis; glass eye
Z90.01 | status post enucleation; missing eye; enucleated eye; loss of eye
Z46.0 | glasses fitting; contact lens fitting; fitting for glasses
H53.9 | vision changes; vision problems; trouble seeing; hard to see; change in vision
H53.8 | fuzzy vision; hazy vision; cloudy vision
H57.9 | eye problem; eye disorder; eye issue
H05.2 | proptosis; bulging eyes; exophthalmos; protruding eyes
H05.83 | thyroid eye disease; graves ophthalmopathy; graves orbitopathy; graves eye disease; thyroid ophthalmopathy
D58.1 | elliptocytosis; hereditary elliptocytosis; ovalocytosis
D61.811 | drug-induced pancytopenia; medication induced pancytopenia
D50.9 | iron deficient; low iron anemia; iron poor blood; anemia due to low iron
D68.51 | factor 5 leiden; factor five leiden; factor v leiden heterozygous; factor v leiden carrier
R79.1 | inr elevated; inr high; elevated pt inr; elevated pt
H91.3 | deaf mute; deaf and mute; deaf nonspeaking
H81.0 | endolymphatic hydrops; meniere syndrome
T70.0 | ear barotrauma; airplane ear; ear squeeze; otitic barotrauma
`;

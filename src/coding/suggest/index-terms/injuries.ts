/** Clinical terms, injuries: what clinicians and patients say -> ICD-10-CM (code or header). Curated from clinical and coding knowledge. */
export const INJURIES_TERMS = `
S52.53 | colles fracture; colles' fracture; dinner fork fracture; dinner fork deformity
S52.54 | smith fracture; smith's fracture; reverse colles fracture; garden spade deformity
S52.56 | barton fracture; barton's fracture
S52.50 | distal radius fracture; distal radial fracture; drf; fracture of distal radius
S52.52 | buckle fracture of radius; torus fracture of radius; distal radius buckle fracture; wrist buckle fracture
S62.10 | broken wrist; wrist fracture; fractured wrist; carpal fracture
S62.00 | scaphoid fracture; navicular fracture of wrist; fractured scaphoid
S62.33 | boxer's fracture; boxers fracture; boxer fracture; fifth metacarpal neck fracture; brawler's fracture
S62.3 | metacarpal fracture; fractured metacarpal; metacarpal bone fracture
S62.9 | broken hand; hand fracture; fractured hand
S62.6 | finger fracture; broken finger; fractured finger; phalanx fracture of finger
S62.5 | thumb fracture; broken thumb; fractured thumb
S52.9 | forearm fracture; broken forearm; fractured forearm
S52.27 | monteggia fracture; monteggia's fracture; monteggia fracture-dislocation
S52.37 | galeazzi fracture; galeazzi's fracture
S52.12 | radial head fracture; fracture of radial head; fractured radial head
S53.03 | nursemaid's elbow; nursemaids elbow; pulled elbow; radial head subluxation
S42.00 | clavicle fracture; broken collarbone; collarbone fracture; fractured clavicle; broken clavicle
S42.20 | proximal humerus fracture; proximal humeral fracture; fracture of upper end of humerus
S42.21 | surgical neck of humerus fracture; humeral neck fracture
S42.3 | humerus fracture; humeral shaft fracture; broken upper arm; fractured humerus
S42.41 | supracondylar fracture; supracondylar humerus fracture; supracondylar elbow fracture
S72.00 | hip fracture; broken hip; femoral neck fracture; fractured hip; fractured neck of femur; fnof
S72.14 | intertrochanteric fracture; intertrochanteric hip fracture
S72.3 | femur fracture; femoral shaft fracture; broken femur; fractured femur; broken thigh bone
S32.9 | pelvic fracture; broken pelvis; fractured pelvis
S32.5 | pubic ramus fracture; pubic rami fracture; fracture of pubic ramus
S32.4 | acetabular fracture; acetabulum fracture
S82.89 | ankle fracture; broken ankle; fractured ankle
S82.84 | bimalleolar fracture; bimalleolar ankle fracture
S82.85 | trimalleolar fracture; trimalleolar ankle fracture; cotton's fracture
S82.6 | lateral malleolus fracture; fibular malleolus fracture; weber fracture
S82.5 | medial malleolus fracture
S82.86 | maisonneuve fracture; maisonneuve's fracture
S82.87 | pilon fracture; tibial plafond fracture; plafond fracture
S82.14 | tibial plateau fracture; bicondylar tibial fracture; tibial plateau fractures
S82.20 | tibial shaft fracture; tibia fracture; broken shin bone; broken tibia; fractured tibia
S82.40 | fibula fracture; fibular shaft fracture; broken fibula; fractured fibula
S92.35 | jones fracture; fifth metatarsal fracture; dancer's fracture; fifth metatarsal base fracture; pseudo-jones fracture
S92.30 | metatarsal fracture; fractured metatarsal; metatarsal bone fracture
S92.90 | broken foot; foot fracture; fractured foot
S92.91 | toe fracture; broken toe; fractured toe
S92.40 | great toe fracture; broken big toe; fractured big toe
S92.00 | calcaneus fracture; calcaneal fracture; heel bone fracture; broken heel; lover's fracture
S22.3 | rib fracture; broken rib; fractured rib; cracked rib
S22.4 | multiple rib fractures; broken ribs; multiple fractured ribs
S22.0 | thoracic vertebral fracture; thoracic compression fracture; traumatic thoracic compression fracture
S32.0 | lumbar vertebral fracture; lumbar compression fracture; traumatic lumbar compression fracture
S12.0 | jefferson fracture; jefferson's fracture; atlas fracture; c1 fracture
S12.1 | hangman's fracture; hangmans fracture; axis fracture; c2 fracture; odontoid fracture; dens fracture
S02.2 | nasal fracture; broken nose; fractured nose; nasal bone fracture
S02.91 | skull fracture; fractured skull; cranial fracture
S02.6 | mandible fracture; broken jaw; jaw fracture; mandibular fracture; fractured jaw
S02.3 | orbital floor fracture; blowout fracture; blow-out fracture; orbital blowout fracture
S02.40 | zygoma fracture; cheekbone fracture; malar fracture; tripod fracture; maxillary fracture
S02.5 | broken tooth; chipped tooth; fractured tooth; cracked tooth traumatic
S93.40 | ankle sprain; sprained ankle; rolled ankle; twisted ankle; turned ankle; inversion ankle sprain
S63.50 | wrist sprain; sprained wrist
S83.9 | knee sprain; sprained knee; twisted knee
S83.51 | acl tear; acl rupture; torn acl; acl sprain; acl injury; anterior cruciate ligament tear
S83.41 | mcl tear; mcl sprain; torn mcl; medial collateral ligament tear; mcl injury
S83.2 | torn meniscus; meniscus tear; meniscal tear; torn cartilage in knee; bucket handle tear
S43.40 | shoulder sprain; sprained shoulder
S63.61 | finger sprain; jammed finger; sprained finger
S63.60 | thumb sprain; sprained thumb
S63.64 | skier's thumb; gamekeeper's thumb; thumb ucl sprain; thumb ucl tear; ulnar collateral ligament injury of thumb
S13.4 | whiplash; neck sprain; cervical sprain; whiplash injury; cervical sprain strain
S33.5 | lumbar sprain; low back sprain; lumbosacral sprain; back sprain
S39.012 | low back strain; lumbar strain; back strain; pulled back muscle; lumbosacral strain; lower back strain
S16.1 | neck strain; cervical strain; strained neck; pulled neck muscle
S76.31 | hamstring strain; pulled hamstring; hamstring pull; hamstring tear
S76.21 | groin strain; groin pull; adductor strain; pulled groin
S46.01 | traumatic rotator cuff tear; rotator cuff strain; acute rotator cuff tear
S86.11 | calf strain; gastrocnemius strain; pulled calf muscle; tennis leg
S86.01 | achilles tendon rupture; ruptured achilles; achilles tear; torn achilles tendon; achilles rupture
T14.8 | bruise; contusion; abrasion; scrape; skin tear; superficial injury
T14.90 | injury; trauma; traumatic injury
T07 | multiple injuries; multiple trauma; polytrauma
S09.90 | head injury; head trauma; hit head; closed head injury; blunt head trauma; struck head
S00.03 | scalp contusion; scalp hematoma; bump on head; goose egg
S00.83 | facial contusion; bruised face; facial bruise
S00.1 | black eye; shiner; periorbital contusion; periorbital ecchymosis
S20.2 | chest contusion; chest wall contusion; bruised ribs; rib contusion
S80.0 | knee contusion; bruised knee
S70.0 | hip contusion; bruised hip; hip pointer
S90.3 | foot contusion; bruised foot
S60.1 | subungual hematoma of finger; blood under fingernail; fingernail hematoma; subungual hematoma
S61.21 | finger laceration; cut finger; lacerated finger; finger cut
S61.01 | thumb laceration; cut thumb; lacerated thumb
S61.41 | hand laceration; cut hand; lacerated hand; palm laceration
S51.81 | forearm laceration; cut forearm; lacerated forearm
S81.01 | knee laceration; cut knee; lacerated knee
S81.81 | lower leg laceration; shin laceration; leg laceration; cut leg
S01.01 | scalp laceration; cut scalp; head laceration; lacerated scalp
S01.81 | forehead laceration; chin laceration; facial laceration; cut forehead
S01.51 | lip laceration; cut lip; mouth laceration; tongue laceration
S01.41 | cheek laceration; cut cheek
S01.11 | eyebrow laceration; eyelid laceration; cut eyebrow
S80.21 | knee abrasion; scraped knee; skinned knee
S05.0 | corneal abrasion; scratched cornea; scratched eye; eye abrasion
S91.33 | puncture wound of foot; stepped on nail; nail puncture of foot; foot puncture wound
S43.0 | shoulder dislocation; dislocated shoulder; shoulder subluxation
S43.1 | ac separation; ac joint separation; separated shoulder; acromioclavicular separation
S83.0 | patellar dislocation; dislocated kneecap; patella dislocation; patellar subluxation
S63.2 | finger dislocation; dislocated finger
S03.0 | jaw dislocation; dislocated jaw; tmj dislocation
S73.0 | hip dislocation; dislocated hip
S93.32 | lisfranc injury; lisfranc dislocation; lisfranc fracture-dislocation; tarsometatarsal dislocation
S06.0 | concussion; cerebral concussion; concussed; mild concussion
S06.9 | tbi; traumatic brain injury; intracranial injury
S06.5 | traumatic subdural hematoma; traumatic sdh; subdural hematoma after fall
S06.6 | traumatic subarachnoid hemorrhage; traumatic sah
F07.81 | post concussion syndrome; postconcussion syndrome; post-concussive syndrome; post concussive syndrome; pcs
T79.A | compartment syndrome; traumatic compartment syndrome; acute compartment syndrome
S27.0 | traumatic pneumothorax; pneumothorax after trauma
T20 | facial burn; burn of face; burned face; burn of neck
T21 | burn of chest; chest burn; back burn; abdominal burn
T22 | arm burn; burned arm; forearm burn; burn of arm
T23 | hand burn; burned hand; finger burn; burned finger; burn of hand; palm burn
T24 | leg burn; burned leg; thigh burn; burn of leg
T25 | foot burn; burned foot; ankle burn; burn of foot
T30.0 | burn; burns; thermal burn; scald; scalding
T75.4 | electric shock; electrocution; electrical injury; shocked by electricity
T33.9 | frostbite; frostnip; superficial frostbite
T67.0 | heat stroke; heatstroke; sunstroke; sun stroke
T67.5 | heat exhaustion; heat prostration
T68 | hypothermia; accidental hypothermia
T75.1 | near drowning; drowning; submersion injury
T75.3 | motion sickness; car sickness; sea sickness; seasickness; carsickness; travel sickness
W54.0 | dog bite; bitten by dog; bitten by a dog
W55.01 | cat bite; bitten by cat; bitten by a cat
W50.3 | human bite; bitten by person; bitten by human
W57 | insect bite; bug bite; tick bite; mosquito bite; flea bite; bed bug bite; chigger bite
T63.44 | bee sting; stung by bee; honeybee sting; bee envenomation
T63.46 | wasp sting; stung by wasp; yellow jacket sting
T63.45 | hornet sting; stung by hornet
T63.42 | fire ant bite; fire ant sting; ant bite; ant sting
T63.30 | spider bite; bitten by spider; spider envenomation
T63.33 | brown recluse bite; brown recluse spider bite; recluse bite
T63.31 | black widow bite; black widow spider bite
T63.00 | snake bite; snakebite; bitten by snake; snake envenomation
T63.2 | scorpion sting; scorpion bite
T63.62 | jellyfish sting; stung by jellyfish
T15.9 | foreign body in eye; something in eye; fb eye; eye foreign body
T15.0 | corneal foreign body; foreign body in cornea; metal in eye
T16 | foreign body in ear; object in ear; bead in ear; ear foreign body
T17.1 | foreign body in nose; object in nose; nasal foreign body; bead in nose
T18.9 | swallowed foreign body; swallowed object; ingested foreign body; foreign body ingestion
T17.9 | aspirated foreign body; inhaled foreign body; foreign body aspiration
S60.45 | splinter in finger; finger splinter; sliver in finger
T39.1 | tylenol overdose; acetaminophen overdose; apap overdose; paracetamol overdose; acetaminophen toxicity
T39.01 | aspirin overdose; salicylate overdose; salicylate toxicity; aspirin toxicity
T40.2 | opioid overdose; oxycodone overdose; hydrocodone overdose; morphine overdose; opioid toxicity
T40.1 | heroin overdose; heroin od
T40.41 | fentanyl overdose; fentanyl od; fentanyl toxicity
T40.60 | narcotic overdose; narcotic poisoning
T40.5 | cocaine overdose; cocaine toxicity; cocaine od
T42.4 | benzodiazepine overdose; benzo overdose; xanax overdose; lorazepam overdose; alprazolam overdose
T51.0 | alcohol poisoning; ethanol toxicity; acute alcohol poisoning; ethanol poisoning
T58 | carbon monoxide poisoning; co poisoning; carbon monoxide toxicity
T46.0 | digoxin toxicity; dig toxicity; digitalis toxicity; digoxin overdose
T88.7 | adverse drug reaction; drug reaction; medication side effect; side effect of medication; adverse reaction to medication; drug side effect
T88.6 | drug anaphylaxis; anaphylaxis to medication; anaphylactic reaction to drug
T78.2 | anaphylaxis; anaphylactic reaction; anaphylactic shock
T78.01 | peanut anaphylaxis; anaphylaxis to peanuts; peanut allergy anaphylaxis
T78.00 | food anaphylaxis; anaphylaxis to food; food-induced anaphylaxis
T78.40 | allergic reaction; allergy; allergic response
T78.3 | angioedema; angioneurotic edema; quincke edema; quincke's edema
Z88.0 | penicillin allergy; pcn allergy; allergic to penicillin; allergy to penicillin
Z88.2 | sulfa allergy; allergic to sulfa; sulfa drug allergy; allergy to sulfa
Z88.9 | drug allergy; medication allergy; allergic to medication; history of drug allergy
W19 | fall; fell; unspecified fall; unwitnessed fall
W18.30 | ground level fall; mechanical fall; fall from standing; fall from standing height; same level fall
V89.2 | mva; mvc; motor vehicle accident; motor vehicle collision; car accident; car crash; auto accident
S43.43 | slap tear; slap lesion; superior labrum tear; superior labral tear
S82.0 | patella fracture; patellar fracture; kneecap fracture; broken kneecap
S32.2 | coccyx fracture; broken tailbone; tailbone fracture; fractured coccyx
S92.1 | talus fracture; talar fracture; fractured talus
S12.9 | broken neck; neck fracture; cervical spine fracture; c-spine fracture; cervical fracture
S67.1 | crushed finger; finger crush injury; smashed finger; crush injury of finger
S09.2 | traumatic tympanic membrane perforation; traumatic eardrum rupture; traumatic tm perforation; ruptured eardrum from injury
S91.31 | foot laceration; cut foot; lacerated foot; sole laceration
S91.11 | toe laceration; cut toe; lacerated toe
S40.01 | shoulder contusion; bruised shoulder
S50.0 | elbow contusion; bruised elbow
S60.22 | hand contusion; bruised hand
S80.1 | shin contusion; bruised shin; lower leg contusion
S90.1 | stubbed toe; toe contusion; bruised toe
S30.0 | bruised tailbone; tailbone contusion; lower back contusion; coccyx contusion
S76.01 | hip flexor strain; pulled hip flexor; hip strain
S76.11 | quadriceps strain; quad strain; pulled quad; pulled quadriceps
T69.1 | chilblains; pernio; perniosis
A05.9 | food poisoning; foodborne illness; food borne illness
T56.0 | lead poisoning; lead toxicity; plumbism
T45.4 | iron overdose; iron poisoning; iron toxicity
T43.01 | tricyclic overdose; tca overdose; amitriptyline overdose; tricyclic antidepressant overdose
T43.22 | ssri overdose; sertraline overdose; fluoxetine overdose; citalopram overdose
T40.71 | cannabis toxicity; marijuana toxicity; cannabis overdose; marijuana edible ingestion; thc toxicity
T38.3 | insulin overdose; sulfonylurea overdose; oral hypoglycemic overdose
T45.51 | warfarin toxicity; coumadin toxicity; warfarin overdose; anticoagulant toxicity
T43.59 | lithium toxicity; lithium overdose
T39.31 | ibuprofen overdose; naproxen overdose; motrin overdose; advil overdose
T50.90 | overdose; drug overdose; medication overdose; pill overdose; drug poisoning
T50.91 | multiple drug overdose; polysubstance overdose; mixed drug overdose; mixed ingestion
Z91.010 | peanut allergy; allergic to peanuts
Z91.013 | shellfish allergy; seafood allergy; allergic to shellfish; fish allergy
Z91.018 | food allergy; allergic to food; food allergies
Z91.040 | latex allergy; allergic to latex
Z91.030 | bee allergy; bee sting allergy; allergic to bees; allergic to bee stings
Z88.5 | codeine allergy; morphine allergy; narcotic allergy; opioid allergy
Z88.1 | cephalosporin allergy; antibiotic allergy; allergic to antibiotics
Z91.81 | history of falls; history of fall; fall risk; at risk for falls; high fall risk
R29.6 | repeated falls; frequent falls; recurrent falls; multiple falls
Z91.011 | milk allergy; dairy allergy; cow's milk allergy; cow's milk protein allergy; cmpa
Z91.012 | egg allergy; allergic to eggs
Z91.014 | alpha-gal syndrome; alpha gal allergy; red meat allergy; mammalian meat allergy
Z91.041 | contrast allergy; iv contrast allergy; contrast dye allergy; iodinated contrast allergy; dye allergy
Z91.038 | wasp allergy; insect sting allergy; hymenoptera allergy; fire ant allergy
`;
